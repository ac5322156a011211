namespace Moderation.Service.Stores;

/// <summary>Author velocity in process memory (the no-configuration default).</summary>
public sealed class InMemoryAuthorVelocity : IAuthorVelocity
{
    private readonly InMemorySlidingWindow _window = new();

    public Task<int> RecordAsync(string authorId, string commentId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        Task.FromResult(_window.Record(authorId, commentId, at, window));
}
