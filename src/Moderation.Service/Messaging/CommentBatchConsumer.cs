using System.Runtime.ExceptionServices;
using MassTransit;
using Moderation.Contracts;

namespace Moderation.Service.Messaging;

/// <summary>Decides a batch of submitted comments (or finds their recorded decisions) and publishes the decisions not yet
/// confirmed together; the messages are acked after the broker confirmed every publish of the batch.</summary>
/// <remarks>If the batch fails, each comment is answered by itself at once, so one comment that cannot be decided does not hold
/// back the others; the batch then fails with that comment's error and every message of it is retried by itself (see
/// <see cref="CommentBatchConsumerDefinition"/>). Comments recorded before the failure are answered from the record on the
/// retry, with the same message id.</remarks>
public sealed partial class CommentBatchConsumer(ModerationDesk desk, ILogger<CommentBatchConsumer> logger)
    : IConsumer<Batch<CommentSubmitted>>
{
    public async Task Consume(ConsumeContext<Batch<CommentSubmitted>> context)
    {
        var batch = context.Message;
        var comments = new CommentSubmitted[batch.Length];
        for (var i = 0; i < comments.Length; i++)
        {
            comments[i] = batch[i].Message;
        }

        try
        {
            await AnswerAsync(comments);
        }
        catch (Exception error) when (comments.Length > 1)
        {
            LogAnsweringOneByOne(logger, comments.Length, error);
            var failures = await Task.WhenAll(batch.Select(message => AnswerAloneAsync(message)));
            var failure = failures.FirstOrDefault(f => f is not null) ?? error;
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Null when the comment was answered; otherwise why not.</summary>
    private async Task<Exception?> AnswerAloneAsync(ConsumeContext<CommentSubmitted> message)
    {
        try
        {
            await AnswerAsync([message.Message]);
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    // Not cancelled on shutdown: the work is short and bounded, and a comment half-way through should finish and be acked
    // rather than fault into the error queue. Messages not yet started stay unacked and return to the queue.
    private Task AnswerAsync(CommentSubmitted[] comments) => desk.AnswerAsync(comments, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} comments failed; answering each by itself so one bad comment does not hold back the others")]
    private static partial void LogAnsweringOneByOne(ILogger logger, int count, Exception error);
}
