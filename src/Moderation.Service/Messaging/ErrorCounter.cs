using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Observability;

namespace Moderation.Service.Messaging;

/// <summary>Counts the messages that end in the error queue: unreadable ones and those that still failed after the retries.</summary>
public sealed class ErrorCounter(ModerationMetrics metrics, ILogger<ErrorCounter> logger) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
    {
        metrics.Error("consume");
        var commentId = context.Message is CommentSubmitted comment ? comment.CommentId : null;
        logger.LogError("Comment {CommentId} could not be decided after the retries and goes to the error queue: {Reason}", commentId, exception.Message);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        metrics.Error("receive");
        logger.LogError("An unreadable message goes to the error queue: {Reason}", exception.Message);
        return Task.CompletedTask;
    }
}
