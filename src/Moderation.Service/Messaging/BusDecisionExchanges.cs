using MassTransit;
using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Messaging;

/// <summary>Decision events through MassTransit: the exchanges of the embedded default (the in-memory transport), where no
/// broker is configured.</summary>
public sealed class BusDecisionExchanges(IBus bus) : IDecisionExchanges
{
    public Task PublishAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
    {
        var messageId = key.MessageId;
        return decision switch
        {
            CommentApproved approved => bus.Publish(approved, context => context.MessageId = messageId, cancellationToken),
            CommentFlagged flagged => bus.Publish(flagged, context => context.MessageId = messageId, cancellationToken),
            CommentRejected rejected => bus.Publish(rejected, context => context.MessageId = messageId, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "Unknown decision event."),
        };
    }
}
