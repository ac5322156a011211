using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Moderating;

namespace Moderation.Service.Messaging;

/// <summary>Answers submitted comments: the decision that stands for each (made, or found recorded) and its publication, unless a
/// publish of it was confirmed already. The one way the consumer and POST /api/comments answer a comment.</summary>
public sealed class ModerationDesk(CommentModerator moderator, DecisionPublisher publisher)
{
    /// <summary>The standing decisions, in order, once each was published (or its publish found confirmed). Throws
    /// <see cref="UnreadableCommentException"/> when a comment has no id.</summary>
    public async Task<StandingDecision[]> AnswerAsync(IReadOnlyList<CommentSubmitted> comments, CancellationToken cancellationToken)
    {
        var standing = await moderator.ModerateAsync(comments, cancellationToken);

        // One decision event per comment: none for a decision the broker already confirmed (a redelivery, a duplicate
        // publish by the CMS), one for several copies of a comment in this batch; a confirm that never comes fails the batch
        // after Moderation:PublishTimeout instead of holding it forever.
        await publisher.PublishUnconfirmedAsync(standing);
        return standing;
    }
}
