using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moderation.Formats.Audit;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

public sealed class OutboxWiringTests
{
    [Fact]
    public async Task Without_redis_a_decision_goes_through_the_in_memory_outbox_and_is_audited()
    {
        await using var host = ServiceHost.InMemory().Started();
        var flagged = FlaggedComments.Hate();
        await host.Services.GetRequiredService<ReviewIntake>().RecordAsync(flagged.Comment, flagged.Decision, default);
        var siti = await ReviewClient.SignedInAsync(host, Moderators.Siti);

        (await siti.DecideAsync(flagged.Comment.CommentId!, "rejected", "hate")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await host.Services.GetRequiredService<IReviewOutbox>().MeasureAsync(default)).Count.Should().Be(0);
        (await host.Services.GetRequiredService<IAuditLog>().ListAsync(flagged.Comment.CommentId, 10, default))
            .Should().ContainSingle(e => e.Action == AuditActions.Decided);
    }
}
