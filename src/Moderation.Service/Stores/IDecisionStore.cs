using Moderation.Contracts;
using Moderation.Service.Moderating;

namespace Moderation.Service.Stores;

/// <summary>Remembers the one decision made for each (commentId, text hash), for the configured TTL.
/// The list forms take a whole batch of comments in one round trip.</summary>
public interface IDecisionStore
{
    /// <summary>The recorded decision of each key, in order; null where none is recorded.</summary>
    Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken);

    /// <summary>Records each decision unless one is already recorded for its key (an earlier entry of the same list counts as
    /// recorded); returns the decisions that stand, in order.</summary>
    Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken);

    async Task<CommentDecision?> FindAsync(DecisionKey key, CancellationToken cancellationToken) =>
        (await FindAsync([key], cancellationToken))[0];

    /// <summary>Records the decision unless one is already recorded; returns the decision that stands.</summary>
    async Task<CommentDecision> RecordAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken) =>
        (await RecordAsync([(key, decision)], cancellationToken))[0];
}
