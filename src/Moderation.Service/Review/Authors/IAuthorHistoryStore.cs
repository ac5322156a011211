namespace Moderation.Service.Review.Authors;

/// <summary>Remembers each author's recent comments and outcomes, so a moderator sees who they are dealing with.</summary>
public interface IAuthorHistoryStore
{
    Task RecordAsync(string authorId, AuthorComment comment, CancellationToken cancellationToken);

    Task<AuthorHistory> FindAsync(string authorId, CancellationToken cancellationToken);
}
