using Moderation.Contracts;

namespace Moderation.Service.Tests.Hosting;

/// <summary>A submitted comment and the flagged decision the machine made for it, as the consumer hands them to the review intake.</summary>
public static class FlaggedComments
{
    public static (CommentSubmitted Comment, CommentFlagged Decision) Hate(
        string? commentId = null, int priority = 80, string? authorId = "u-42", string section = "internasional", string articleId = "a-7421",
        string? campaignId = null, DateTimeOffset? decidedAt = null, string text = "Dasar Cina semua sama saja", string category = "hate")
    {
        var id = commentId ?? Comments.NewId();
        var at = decidedAt ?? DateTimeOffset.UtcNow;
        var start = Math.Max(0, text.IndexOf("Cina", StringComparison.Ordinal));
        var comment = new CommentSubmitted
        {
            CommentId = id, ArticleId = articleId, ArticleTitle = "Putin dan Kim Jong Un Berjanji Saling Melindungi Bila Diserang",
            ArticleUrl = $"https://news.example/{section}/{articleId}", Section = section, AuthorId = authorId, AuthorName = $"nama-{authorId}",
            Text = text, SubmittedAt = at.AddSeconds(-1),
        };
        var decision = new CommentFlagged
        {
            CommentId = id, ArticleId = articleId, AuthorId = authorId, Decision = "flagged",
            Reasons = [new Reason(category, category == "hate" ? "UU ITE Pasal 28 ayat (2)" : null, "model", 0.93,
                text.Contains("Cina", StringComparison.Ordinal) ? [new Evidence(start, 4, "Cina")] : [])],
            Scores = new Dictionary<string, double> { ["hate"] = 0.93, ["profanity"] = 0.41 },
            Priority = priority, ModelVersion = "test-model", PolicyVersion = "test-policy", DecidedAt = at, CampaignId = campaignId,
        };
        return (comment, decision);
    }
}
