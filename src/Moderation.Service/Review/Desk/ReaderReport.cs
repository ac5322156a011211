namespace Moderation.Service.Review.Desk;

/// <summary>The CMS tells the service a reader reported a published comment (the comment as CommentSubmitted carries it, and why).</summary>
public sealed record ReaderReport(
    string? CommentId,
    string? ArticleId,
    string? ArticleTitle,
    string? ArticleUrl,
    string? Section,
    string? AuthorId,
    string? AuthorName,
    string? Text,
    string? Reason,
    string? ReportedBy);
