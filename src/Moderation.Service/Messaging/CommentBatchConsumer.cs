using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Moderating;
using Moderation.Service.Review.Desk;

namespace Moderation.Service.Messaging;

/// <summary>Decides a batch of submitted comments (or finds their recorded decisions) and publishes the decisions together;
/// the messages are acked after the broker confirmed every publish of the batch.</summary>
/// <remarks>If the batch fails, every message of it is retried by itself (see <see cref="CommentBatchConsumerDefinition"/>)
/// and decided without waiting for a full batch. Comments recorded before the failure are answered from the record on the
/// retry, with the same message id.</remarks>
public sealed class CommentBatchConsumer(CommentModerator moderator, ReviewIntake review) : IConsumer<Batch<CommentSubmitted>>
{
    public async Task Consume(ConsumeContext<Batch<CommentSubmitted>> context)
    {
        var batch = context.Message;
        var comments = new CommentSubmitted[batch.Length];
        for (var i = 0; i < comments.Length; i++)
        {
            comments[i] = batch[i].Message;
        }

        // Not cancelled on shutdown: the work is short and bounded, and a comment half-way through should finish and be acked
        // rather than fault into the error queue. Messages not yet started stay unacked and return to the queue.
        var moderated = await moderator.ModerateAsync(comments, CancellationToken.None);

        // Issued together: the Redis client pipelines them.
        var recording = new Task[comments.Length];
        for (var i = 0; i < recording.Length; i++)
        {
            recording[i] = review.RecordAsync(comments[i], moderated[i].Decision, CancellationToken.None);
        }

        await Task.WhenAll(recording);

        // Published together, so their confirms are awaited together rather than one after another.
        var publishing = new Task[comments.Length];
        for (var i = 0; i < publishing.Length; i++)
        {
            publishing[i] = batch[i].PublishAsync(moderated[i].Key, moderated[i].Decision, CancellationToken.None);
        }

        await Task.WhenAll(publishing);
    }
}
