using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Moderating;

namespace Moderation.Service.Messaging;

/// <summary>Publishes a decision to its exchange with the deterministic message id of its (commentId, text hash).</summary>
public static class DecisionPublisher
{
    /// <summary>Completes when the broker confirmed the publish (publisher confirms are on).</summary>
    public static Task PublishAsync(this IPublishEndpoint endpoint, DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
    {
        var messageId = key.MessageId;
        return decision switch
        {
            CommentApproved approved => endpoint.Publish(approved, context => context.MessageId = messageId, cancellationToken),
            CommentFlagged flagged => endpoint.Publish(flagged, context => context.MessageId = messageId, cancellationToken),
            CommentRejected rejected => endpoint.Publish(rejected, context => context.MessageId = messageId, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "Unknown decision event."),
        };
    }
}
