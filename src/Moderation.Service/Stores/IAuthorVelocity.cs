namespace Moderation.Service.Stores;

/// <summary>Counts an author's comments in a sliding window (a comment counted twice counts once).</summary>
public interface IAuthorVelocity
{
    /// <summary>Records the comment at <paramref name="at"/> and returns how many comments the author posted in (at - window, at].</summary>
    Task<int> RecordAsync(string authorId, string commentId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);
}
