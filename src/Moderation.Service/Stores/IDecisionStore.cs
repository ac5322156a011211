using Moderation.Contracts;
using Moderation.Service.Moderating;

namespace Moderation.Service.Stores;

/// <summary>Remembers the one decision made for each (commentId, text hash), for the configured TTL.</summary>
public interface IDecisionStore
{
    Task<CommentDecision?> FindAsync(DecisionKey key, CancellationToken cancellationToken);

    /// <summary>Records the decision unless one is already recorded; returns the decision that stands.</summary>
    Task<CommentDecision> RecordAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken);
}
