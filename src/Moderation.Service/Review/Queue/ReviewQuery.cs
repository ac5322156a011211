namespace Moderation.Service.Review.Queue;

/// <summary>The queue's filters: category, article, section, why it is queued (status), campaign, and a search by comment id or author (id or name).</summary>
public sealed record ReviewQuery(string? Category = null, string? ArticleId = null, string? Section = null, string? Search = null, string? CampaignId = null, string? Status = null)
{
    public bool Matches(ReviewItem item) =>
        (Category is not { Length: > 0 } || item.Reasons.Any(r => string.Equals(r.Category, Category, StringComparison.OrdinalIgnoreCase)))
        && (ArticleId is not { Length: > 0 } || string.Equals(item.ArticleId, ArticleId, StringComparison.Ordinal))
        && (Section is not { Length: > 0 } || string.Equals(item.Section, Section, StringComparison.OrdinalIgnoreCase))
        && (Status is not { Length: > 0 } || string.Equals(item.Status, Status, StringComparison.Ordinal))
        && (CampaignId is not { Length: > 0 } || string.Equals(item.CampaignId, CampaignId, StringComparison.Ordinal))
        && (Search is not { Length: > 0 }
            || string.Equals(item.CommentId, Search, StringComparison.OrdinalIgnoreCase)
            || string.Equals(item.AuthorId, Search, StringComparison.OrdinalIgnoreCase)
            || (item.AuthorName?.Contains(Search, StringComparison.OrdinalIgnoreCase) ?? false));
}
