using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Moderating;

/// <summary>Where the moderator hands every decision before it is published, as part of its batch's write (the review desk takes
/// it: the author's history, and the queue for a flagged comment).</summary>
public interface IReviewIntake
{
    /// <summary>Notes each comment's decision as it stands, keyed by comment id and text hash; idempotent for redeliveries.</summary>
    Task RecordAsync(IReadOnlyList<(CommentSubmitted Comment, StandingDecision Decision)> decided, CancellationToken cancellationToken);
}
