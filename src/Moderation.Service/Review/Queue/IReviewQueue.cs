namespace Moderation.Service.Review.Queue;

/// <summary>The moderators' queue: items ordered by priority then age, short renewable holds, and the decided items kept for their timeline.</summary>
public interface IReviewQueue
{
    /// <summary>Adds the item unless the comment is already queued; true when added.</summary>
    Task<bool> AddAsync(ReviewItem item, CancellationToken cancellationToken);

    /// <summary>Adds the item in one step unless the comment is already queued or was decided by a moderator; in the last case
    /// nothing is added and the decided item comes back (whether its text was the same is the caller's to judge).</summary>
    Task<Queueing> AddUnlessDecidedAsync(ReviewItem item, CancellationToken cancellationToken);

    Task<ReviewItem?> FindAsync(string commentId, CancellationToken cancellationToken);

    /// <summary>The queued items of these comments, in their order (null where one is not queued); one read for a batch.</summary>
    Task<IReadOnlyList<ReviewItem?>> FindManyAsync(IReadOnlyList<string> commentIds, CancellationToken cancellationToken);

    /// <summary>Takes the comment's queued item out, with any hold on it, if it is still the one for the text whose hash is
    /// given (an edit queued since stays); true when it was withdrawn.</summary>
    Task<bool> WithdrawAsync(string commentId, string textHash, CancellationToken cancellationToken);

    /// <summary>The item as it was when last decided (with its whole timeline), if it was.</summary>
    Task<ReviewItem?> FindDecidedAsync(string commentId, CancellationToken cancellationToken);

    /// <summary>Applies a change to a queued item atomically (retried on a concurrent change); null when it is not queued.</summary>
    Task<ReviewItem?> UpdateAsync(string commentId, Func<ReviewItem, ReviewItem> change, CancellationToken cancellationToken);

    /// <summary>Queued items matching the query, highest priority first, then oldest first.</summary>
    Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewQuery query, int limit, CancellationToken cancellationToken);

    /// <summary>Holds a queued item for the moderator (or renews their hold) unless someone else holds it.</summary>
    Task<HoldResult> HoldAsync(string commentId, string moderatorId, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Lets go of the moderator's own hold (someone else's stays).</summary>
    Task ReleaseAsync(string commentId, string moderatorId, CancellationToken cancellationToken);

    /// <summary>Takes the item out of the queue for the moderator's decision, unless someone else holds it; exactly one caller gets it.</summary>
    Task<Removal> RemoveAsync(string commentId, string moderatorId, CancellationToken cancellationToken);

    /// <summary>Keeps a decided item (its timeline ends with the decision) for <paramref name="keep"/>.</summary>
    Task StoreDecidedAsync(ReviewItem item, TimeSpan keep, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IReviewQueue.AddUnlessDecidedAsync"/> did: added the item, or not because the comment is queued
/// already, or not because a moderator decided it (<see cref="Decided"/>).</summary>
public readonly record struct Queueing(bool Added, ReviewItem? Decided);
