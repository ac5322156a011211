namespace Moderation.Service.Review.Authors;

/// <summary>Remembers each author's recent comments and outcomes, so a moderator sees who they are dealing with.</summary>
public interface IAuthorHistoryStore
{
    /// <summary>Adds each entry to its author's history, in order (a batch of comments is one call).</summary>
    Task RecordAsync(IReadOnlyList<(string AuthorId, AuthorComment Comment)> entries, CancellationToken cancellationToken);

    Task RecordAsync(string authorId, AuthorComment comment, CancellationToken cancellationToken) =>
        RecordAsync([(authorId, comment)], cancellationToken);

    Task<AuthorHistory> FindAsync(string authorId, CancellationToken cancellationToken);
}
