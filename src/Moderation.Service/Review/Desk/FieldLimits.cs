namespace Moderation.Service.Review.Desk;

/// <summary>The longest value each field of the review API and the wire contract's optional fields may have, and the longest
/// lists, so no caller can make a queue listing, a timeline or the audit log grow without bound.</summary>
public static class FieldLimits
{
    public const int Id = 128;
    public const int AuthorName = 200;
    public const int ArticleTitle = 500;
    public const int ArticleUrl = 2048;
    public const int Section = 100;
    public const int ReportReason = 500;
    public const int Note = 1000;
    public const int TakedownReference = 200;
    public const int TakedownComments = 500;

    /// <summary>Distinct reporters whose reports of one comment are kept in its timeline; later ones change nothing.</summary>
    public const int ReportsPerItem = 50;

    /// <summary>"name is N characters; the limit is M", or null when <paramref name="value"/> fits.</summary>
    public static string? TooLong(string name, string? value, int limit) =>
        value is { Length: var length } && length > limit ? $"{name} is {length} characters; the limit is {limit}" : null;

    /// <summary>Why the report cannot be taken, or null.</summary>
    public static string? Check(ReaderReport report, int maxTextLength)
    {
        if (report.CommentId is not { Length: > 0 and <= Id })
        {
            return $"commentId is required (1..{Id} characters).";
        }

        string?[] problems =
        [
            TooLong("articleId", report.ArticleId, Id), TooLong("articleTitle", report.ArticleTitle, ArticleTitle),
            TooLong("articleUrl", report.ArticleUrl, ArticleUrl), TooLong("section", report.Section, Section),
            TooLong("authorId", report.AuthorId, Id), TooLong("authorName", report.AuthorName, AuthorName),
            TooLong("text", report.Text, maxTextLength), TooLong("reason", report.Reason, ReportReason),
            TooLong("reportedBy", report.ReportedBy, Id),
        ];
        return Join(problems);
    }

    /// <summary>Why the takedown order cannot be taken, or null.</summary>
    public static string? Check(TakedownOrder order)
    {
        if (string.IsNullOrWhiteSpace(order.Reference) || order.CommentIds is not { Count: > 0 } || order.CommentIds.Any(id => id is not { Length: > 0 and <= Id }))
        {
            return $"reference and at least one commentId (1..{Id} characters) are required.";
        }

        return order.CommentIds.Count > TakedownComments
            ? $"an order names at most {TakedownComments} comments (got {order.CommentIds.Count}); register a longer one in parts."
            : TooLong("reference", order.Reference, TakedownReference);
    }

    internal static string? Join(IEnumerable<string?> problems)
    {
        var found = problems.Where(p => p is not null).ToList();
        return found.Count == 0 ? null : string.Join("; ", found) + ".";
    }
}
