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

    /// <summary>Runs <paramref name="publish"/> (given a token that ends the wait) and waits for its confirms at most
    /// <paramref name="timeout"/>; throws <see cref="TimeoutException"/> when they did not all come.</summary>
    /// <remarks>RabbitMQ.Client can leave a confirm pending forever when the broker restarts mid-publish (seen under load in
    /// the broker-restart fault test: a batch stuck in <c>MaybeWaitForConfirmationAsync</c>, the endpoint's batch slots with it).
    /// WaitAsync as well, so a transport that ignores the token cannot hold the caller either.</remarks>
    public static async Task ConfirmedWithinAsync(TimeSpan timeout, Func<CancellationToken, Task> publish)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await publish(wait.Token).WaitAsync(timeout);
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException && wait.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm the decisions' publish within {timeout} (Moderation:PublishTimeout).", error);
        }
    }
}
