namespace Moderation.Service.Review.Authors;

/// <summary>An author's recent comments (newest first) and how many of them were rejected.</summary>
public sealed record AuthorHistory(IReadOnlyList<AuthorComment> Recent, int Comments, int Rejections)
{
    /// <summary>Keeps the latest word per comment (a moderator's outcome over the machine's), newest first.</summary>
    public static AuthorHistory Of(IEnumerable<AuthorComment> entries, int show)
    {
        var latest = entries.GroupBy(e => e.CommentId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.By is null ? 0 : 1).ThenBy(e => e.At).Last())
            .OrderByDescending(e => e.At).ToList();
        return new AuthorHistory(latest.Take(show).ToList(), latest.Count, latest.Count(e => e.Outcome == "rejected"));
    }
}
