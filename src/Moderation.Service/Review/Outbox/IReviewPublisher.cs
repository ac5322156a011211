namespace Moderation.Service.Review.Outbox;

/// <summary>The publish step of a decision: CommentReviewed to its exchange under the entry's message id, complete once the broker confirmed it.</summary>
public interface IReviewPublisher
{
    Task PublishAsync(PendingReview pending, CancellationToken cancellationToken);
}
