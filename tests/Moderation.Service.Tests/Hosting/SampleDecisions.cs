using Moderation.Contracts;

namespace Moderation.Service.Tests.Hosting;

/// <summary>Decision events with every field set, as the service would publish them, for tests of the publishers.</summary>
public static class SampleDecisions
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 11, 26, 7, 0, 0, 12, TimeSpan.Zero);

    /// <summary>An event of the given kind ("approved", "flagged" or "rejected") for the comment.</summary>
    public static CommentDecision Of(string kind, string commentId = "c-1")
    {
        var reasons = kind == "approved" ? [] : new[] { new Reason("hate", "UU ITE Pasal 28 ayat (2)", "model", 0.93, [new Evidence(6, 4, "Cina")]) };
        var scores = new Dictionary<string, double> { ["hate"] = 0.93, ["profanity"] = 0.41 };
        return kind switch
        {
            "approved" => new CommentApproved { CommentId = commentId, ArticleId = "a-1", AuthorId = "u-1", Decision = kind, Reasons = reasons, Scores = scores, Priority = 0, ModelVersion = "m1", PolicyVersion = "p1", DecidedAt = DecidedAt },
            "flagged" => new CommentFlagged { CommentId = commentId, ArticleId = "a-1", AuthorId = "u-1", Decision = kind, Reasons = reasons, Scores = scores, Priority = 80, ModelVersion = "m1", PolicyVersion = "p1", DecidedAt = DecidedAt, CampaignId = "cmp-0123456789abcdef" },
            "rejected" => new CommentRejected { CommentId = commentId, ArticleId = "a-1", AuthorId = "u-1", Decision = kind, Reasons = reasons, Scores = scores, Priority = 95, ModelVersion = "m1", PolicyVersion = "p1", DecidedAt = DecidedAt },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "approved, flagged or rejected"),
        };
    }
}
