using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Moderation.Service.Review.Accounts;

namespace Moderation.Service.Review.Outbox;

/// <summary>Degraded while a moderator's decision older than Review:OutboxAlertAge waits in the outbox (its CommentReviewed is not out).</summary>
public sealed class ReviewOutboxHealthCheck(IReviewOutbox outbox, IOptions<ReviewOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var measured = await outbox.MeasureAsync(cancellationToken);
        var age = measured.OldestAge(time.GetUtcNow());
        var data = new Dictionary<string, object> { ["depth"] = measured.Count, ["oldestAgeSeconds"] = Math.Round(age.TotalSeconds, 1) };
        return age > options.Value.OutboxAlertAge
            ? HealthCheckResult.Degraded($"{measured.Count} decision(s) not yet published, the oldest for {age:g}", data: data)
            : HealthCheckResult.Healthy($"{measured.Count} decision(s) waiting", data);
    }
}
