using MassTransit;
using Moderation.Contracts;
using Moderation.Service.Moderating;

namespace Moderation.Service.Messaging;

/// <summary>Stops a comment that cannot be answered (no commentId) before it joins a batch, so it goes to the error queue
/// on its own instead of failing the batch it would have been part of.</summary>
public sealed class ReadableCommentFilter : IFilter<ConsumeContext<CommentSubmitted>>
{
    public Task Send(ConsumeContext<CommentSubmitted> context, IPipe<ConsumeContext<CommentSubmitted>> next)
    {
        CommentValidation.EnsureReadable(context.Message);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("readable-comment");
}
