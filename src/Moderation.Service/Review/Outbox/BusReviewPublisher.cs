using MassTransit;

namespace Moderation.Service.Review.Outbox;

/// <summary>Publishes CommentReviewed on the service's bus (publisher confirms are on, so completion means the broker has it).</summary>
public sealed class BusReviewPublisher(IBus bus) : IReviewPublisher
{
    public Task PublishAsync(PendingReview pending, CancellationToken cancellationToken) =>
        bus.Publish(pending.Event, context => context.MessageId = pending.MessageId, cancellationToken);
}
