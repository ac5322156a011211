namespace Moderation.Service.Review.Outbox;

/// <summary>Moderators' decisions between being taken and being fully delivered (published, audited). Taking an item out of the
/// queue and recording its decision here is one atomic step, so a crash can no longer lose a decision.</summary>
public interface IReviewOutbox
{
    /// <summary>In one atomic step: takes the item out of the queue (unless someone else holds it), keeps the decided item, and records
    /// the decision <paramref name="decide"/> makes of it, claimed by the taker for Review:OutboxGrace.</summary>
    Task<OutboxTake> TakeAsync(string commentId, string moderatorId, Func<Queue.ReviewItem, PendingReview> decide, CancellationToken cancellationToken);

    /// <summary>Recorded decisions still waiting that were recorded before <paramref name="recordedBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<PendingReview>> ListAsync(DateTimeOffset recordedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Claims a waiting decision for <paramref name="lease"/>; false when someone else's claim is live or it was completed.</summary>
    Task<bool> ClaimAsync(Guid messageId, string claimant, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Gives up the claimant's own claim (someone else's stays), so the next relay pass can try again.</summary>
    Task ReleaseAsync(Guid messageId, string claimant, CancellationToken cancellationToken);

    /// <summary>Removes the delivered decision and its claim; completing twice is harmless.</summary>
    Task CompleteAsync(Guid messageId, CancellationToken cancellationToken);

    Task<OutboxDepth> MeasureAsync(CancellationToken cancellationToken);
}
