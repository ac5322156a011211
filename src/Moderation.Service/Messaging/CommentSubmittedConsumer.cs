using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Moderating;
using Moderation.Service.Review.Desk;

namespace Moderation.Service.Messaging;

/// <summary>Decides a submitted comment (or finds its recorded decision) and publishes it; the message is acked after the broker confirms.</summary>
public sealed class CommentSubmittedConsumer(CommentModerator moderator, ReviewIntake review) : IConsumer<CommentSubmitted>
{
    public async Task Consume(ConsumeContext<CommentSubmitted> context)
    {
        // Not cancelled on shutdown: the work is short and bounded, and a comment half-way through should finish and be acked
        // rather than fault into the error queue. Messages not yet started stay unacked and return to the queue.
        var (key, decision) = await moderator.ModerateAsync(context.Message, CancellationToken.None);
        await review.RecordAsync(context.Message, decision, CancellationToken.None);
        await context.PublishAsync(key, decision, CancellationToken.None);
    }
}
