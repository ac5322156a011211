namespace Moderation.Service.Stores;

/// <summary>Counts an author's comments in a sliding window (a comment counted twice counts once).</summary>
public interface IAuthorVelocity
{
    /// <summary>Records each (author, comment) at <paramref name="at"/>, in order, and returns for each how many comments its author
    /// posted in (at - window, at] once it was recorded (so a later entry of the same author counts the earlier ones).</summary>
    Task<int[]> RecordAsync(IReadOnlyList<(string AuthorId, string CommentId)> comments, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Records the comment at <paramref name="at"/> and returns how many comments the author posted in (at - window, at].</summary>
    async Task<int> RecordAsync(string authorId, string commentId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        (await RecordAsync([(authorId, commentId)], at, window, cancellationToken))[0];
}
