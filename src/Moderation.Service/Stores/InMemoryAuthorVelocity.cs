namespace Moderation.Service.Stores;

/// <summary>Author velocity in process memory (the no-configuration default).</summary>
public sealed class InMemoryAuthorVelocity : IAuthorVelocity
{
    private readonly InMemorySlidingWindow _window = new();

    public Task<int[]> RecordAsync(IReadOnlyList<(string AuthorId, string CommentId)> comments, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var counts = new int[comments.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = _window.Record(comments[i].AuthorId, comments[i].CommentId, at, window);
        }

        return Task.FromResult(counts);
    }
}
