using Moderation.Service.Moderating;
using static Moderation.Service.Moderating.CommentFieldLimits;

namespace Moderation.Service.Review.Desk;

/// <summary>The longest value each field of the review API may have, and the longest lists, so no caller can make a queue listing,
/// a timeline or the audit log grow without bound. The fields a report shares with a comment have the comment's limits
/// (<see cref="CommentFieldLimits"/>).</summary>
public static class FieldLimits
{
    public const int ReportReason = 500;
    public const int Note = 1000;
    public const int TakedownReference = 200;
    public const int TakedownComments = 500;

    /// <summary>Distinct reporters whose reports of one comment are kept in its timeline; later ones change nothing.</summary>
    public const int ReportsPerItem = 50;

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
