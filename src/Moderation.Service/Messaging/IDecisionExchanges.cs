using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Messaging;

/// <summary>The contract's decision exchanges (approved, flagged, rejected): where a decision event is published, raw JSON
/// with the deterministic message id of its key. <see cref="DecisionPublisher"/> decides what is published; this only sends.</summary>
public interface IDecisionExchanges
{
    /// <summary>Publishes the decision to the exchange of its kind; completes when the broker confirmed it.</summary>
    Task PublishAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken);
}
