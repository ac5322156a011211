using Moderation.Contracts;
using Moderation.Pipeline;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Moderating;

/// <summary>One comment of a batch on its way through the moderator: what the read found for it, what was decided for it here,
/// and the decision that stands. Each phase fills in its part.</summary>
internal sealed class CommentInFlight
{
    private CommentInFlight(CommentSubmitted comment, string? problem)
    {
        Comment = comment;
        Problem = problem;
        Key = DecisionKey.For(comment.CommentId!, comment.Text);
    }

    public CommentSubmitted Comment { get; }

    public DecisionKey Key { get; }

    /// <summary>Why the comment breaks the contract's limits (it is rejected as invalid), or null.</summary>
    public string? Problem { get; }

    /// <summary>Set by the read for a valid comment, once a pipeline is loaded.</summary>
    public ReadableText? Readable { get; set; }

    /// <summary>The decision recorded for its key before this batch (a redelivery, a copy), found by the read.</summary>
    public CommentDecision? Recorded { get; set; }

    /// <summary>The cached assessment of its text, found by the read; null on a miss.</summary>
    public TextAssessment? Cached { get; set; }

    /// <summary>The comments by its author within the velocity window, this one included, counted by the read.</summary>
    public int AuthorComments { get; set; }

    /// <summary>The authors of its text within the campaign window, counted by the read; 0 without a fingerprint.</summary>
    public int CampaignAuthors { get; set; }

    /// <summary>The assessment of its text computed in this batch, for the write to cache; null when it was cached, or computed
    /// for an earlier comment of the batch.</summary>
    public TextAssessment? Assessed { get; set; }

    /// <summary>The decision made for it in this batch; null when one was recorded, or made for an earlier copy in the batch.</summary>
    public CommentDecision? Made { get; set; }

    /// <summary>The decision that stands for it.</summary>
    public StandingDecision Standing { get; set; }

    /// <summary>Whether the decision made here stands (no other instance recorded one first).</summary>
    public bool MadeHere => Made is not null && ReferenceEquals(Standing.Decision, Made);

    /// <summary>Throws <see cref="UnreadableCommentException"/> when the comment has no id.</summary>
    public static CommentInFlight Of(CommentSubmitted comment, int maxTextLength) => new(comment, CommentValidation.Check(comment, maxTextLength));
}
