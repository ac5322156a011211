using System.Collections.Concurrent;

namespace Moderation.Service.Review.Authors;

/// <summary>Author histories in process memory (the no-configuration default), the last <see cref="RedisAuthorHistoryStore.Kept"/> entries per author.</summary>
public sealed class InMemoryAuthorHistoryStore : IAuthorHistoryStore
{
    private readonly ConcurrentDictionary<string, List<AuthorComment>> _authors = new(StringComparer.Ordinal);

    public Task RecordAsync(IReadOnlyList<(string AuthorId, AuthorComment Comment)> entries, CancellationToken cancellationToken)
    {
        foreach (var (authorId, comment) in entries)
        {
            var history = _authors.GetOrAdd(authorId, _ => []);
            lock (history)
            {
                history.Add(comment);
                if (history.Count > RedisAuthorHistoryStore.Kept)
                {
                    history.RemoveAt(0);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<AuthorHistory> FindAsync(string authorId, CancellationToken cancellationToken)
    {
        if (!_authors.TryGetValue(authorId, out var entries))
        {
            return Task.FromResult(AuthorHistory.Of([], RedisAuthorHistoryStore.Shown));
        }

        lock (entries)
        {
            return Task.FromResult(AuthorHistory.Of(entries.ToList(), RedisAuthorHistoryStore.Shown));
        }
    }
}
