using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Stores;

/// <summary>Remembers the one decision made for each (commentId, text hash), and whether its publish was confirmed, for the
/// configured TTL. The list forms take a whole batch of comments in one round trip.</summary>
public interface IDecisionStore
{
    /// <summary>The recorded decision of each key, in order; null where none is recorded.</summary>
    Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken);

    /// <summary>Records each decision unless one is already recorded for its key (an earlier entry of the same list counts as
    /// recorded); returns the decisions that stand, in order.</summary>
    Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken);

    /// <summary>Whether the broker confirmed a publish of each key's decision (noted by <see cref="MarkPublished"/>), in order.</summary>
    Task<bool[]> WerePublishedAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken);

    /// <summary>Notes that the broker confirmed the publish of these keys' decisions, so a redelivery or a re-publication of
    /// the comment is acked without a second decision event. Best effort and not waited for: a note that is lost (Redis down)
    /// only means the decision is published once more, under the same message id.</summary>
    void MarkPublished(IReadOnlyList<DecisionKey> keys);

    async Task<CommentDecision?> FindAsync(DecisionKey key, CancellationToken cancellationToken) =>
        (await FindAsync([key], cancellationToken))[0];

    /// <summary>Records the decision unless one is already recorded; returns the decision that stands.</summary>
    async Task<CommentDecision> RecordAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken) =>
        (await RecordAsync([(key, decision)], cancellationToken))[0];
}
