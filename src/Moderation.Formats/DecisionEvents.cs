using Moderation.Contracts;
using Moderation.Decisions;
using CoreReason = Moderation.Decisions.Reason;
using WireEvidence = Moderation.Contracts.Evidence;
using WireReason = Moderation.Contracts.Reason;

namespace Moderation.Formats;

/// <summary>Turns a verdict of the core into the wire contract's decision event.</summary>
public static class DecisionEvents
{
    private static readonly IReadOnlyDictionary<string, double> NoScores = new Dictionary<string, double>();

    public static CommentDecision From(CommentSubmitted comment, Verdict verdict, string? campaignId, DateTimeOffset decidedAt)
    {
        var reasons = Reasons(verdict);
        var scores = verdict.Scores;
        var campaign = verdict.CampaignId ?? campaignId;
        return verdict.Decision switch
        {
            Decision.Approved => new CommentApproved { CommentId = comment.CommentId!, ArticleId = comment.ArticleId, AuthorId = comment.AuthorId, Decision = "approved", Reasons = [], Scores = scores, Priority = 0, ModelVersion = verdict.ModelVersion, PolicyVersion = verdict.PolicyVersion, DecidedAt = decidedAt, CampaignId = campaign },
            Decision.Flagged => new CommentFlagged { CommentId = comment.CommentId!, ArticleId = comment.ArticleId, AuthorId = comment.AuthorId, Decision = "flagged", Reasons = reasons, Scores = scores, Priority = verdict.Priority, ModelVersion = verdict.ModelVersion, PolicyVersion = verdict.PolicyVersion, DecidedAt = decidedAt, CampaignId = campaign },
            Decision.Rejected => new CommentRejected { CommentId = comment.CommentId!, ArticleId = comment.ArticleId, AuthorId = comment.AuthorId, Decision = "rejected", Reasons = reasons, Scores = scores, Priority = verdict.Priority, ModelVersion = verdict.ModelVersion, PolicyVersion = verdict.PolicyVersion, DecidedAt = decidedAt, CampaignId = campaign },
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict.Decision, "Unknown decision."),
        };
    }

    /// <summary>The rejection of a comment that breaks the contract's limits.</summary>
    public static CommentRejected Invalid(CommentSubmitted comment, string detail, string modelVersion, string policyVersion, DateTimeOffset decidedAt) => new()
    {
        CommentId = comment.CommentId!,
        ArticleId = comment.ArticleId,
        AuthorId = comment.AuthorId,
        Decision = "rejected",
        Reasons = [new WireReason(Category.Invalid.ToWire(), null, ReasonSource.Rule.ToWire(), 1.0, [], detail)],
        Scores = NoScores,
        Priority = 0,
        ModelVersion = modelVersion,
        PolicyVersion = policyVersion,
        DecidedAt = decidedAt,
    };

    /// <summary>The verdict's reasons as the wire contract writes them.</summary>
    public static WireReason[] Reasons(Verdict verdict) => verdict.Reasons.Select(ToWire).ToArray();

    private static WireReason ToWire(CoreReason reason) => new(
        reason.Category.ToWire(),
        reason.Law,
        reason.Source.ToWire(),
        reason.Score,
        reason.Evidence.Select(e => new WireEvidence(e.Start, e.Length, e.Text)).ToArray(),
        reason.Detail,
        reason.Kind);
}
