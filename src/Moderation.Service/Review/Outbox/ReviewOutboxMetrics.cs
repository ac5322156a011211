using Moderation.Service.Observability;
using Prometheus;

namespace Moderation.Service.Review.Outbox;

/// <summary>The outbox on /metrics: its depth and the age of its oldest entry, read from the store at each scrape, and the relay's work.</summary>
public sealed class ReviewOutboxMetrics
{
    private readonly Counter _relayed;

    public ReviewOutboxMetrics(ModerationMetrics metrics, IReviewOutbox outbox, TimeProvider time, ILogger<ReviewOutboxMetrics> logger)
    {
        var factory = Metrics.WithCustomRegistry(metrics.Registry);
        var depth = factory.CreateGauge("moderation_review_outbox_depth", "Moderators' decisions recorded but not yet fully delivered (CommentReviewed published, audited).");
        var age = factory.CreateGauge("moderation_review_outbox_oldest_age_seconds", "Age of the oldest decision waiting in the outbox (0 when none waits).");
        _relayed = factory.CreateCounter("moderation_review_outbox_relayed_total", "Decisions the relay finished after the decide call could not (broker down, crash).");
        metrics.Registry.AddBeforeCollectCallback(async cancellationToken =>
        {
            try
            {
                var measured = await outbox.MeasureAsync(cancellationToken);
                depth.Set(measured.Count);
                age.Set(measured.OldestAge(time.GetUtcNow()).TotalSeconds);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Redis down: the redis health check says so; the last values stay rather than failing the whole scrape.
                logger.LogDebug(error, "Outbox depth not measured");
            }
        });
    }

    public void Relayed() => _relayed.Inc();
}
