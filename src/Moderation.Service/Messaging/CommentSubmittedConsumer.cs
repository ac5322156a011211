using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Moderating;

namespace Moderation.Service.Messaging;

/// <summary>Decides a submitted comment (or finds its recorded decision) and publishes it; the message is acked after the broker confirms.</summary>
public sealed class CommentSubmittedConsumer(CommentModerator moderator) : IConsumer<CommentSubmitted>
{
    public async Task Consume(ConsumeContext<CommentSubmitted> context)
    {
        var (key, decision) = await moderator.ModerateAsync(context.Message, context.CancellationToken);
        await context.PublishAsync(key, decision, context.CancellationToken);
    }
}
