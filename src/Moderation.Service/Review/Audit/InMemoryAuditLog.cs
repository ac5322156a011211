using Moderation.Formats.Audit;

namespace Moderation.Service.Review.Audit;

/// <summary>The audit log in process memory (the no-configuration default).</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditEntry> _entries = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<bool> AppendOnceAsync(string key, AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_keys.Add(key))
            {
                return Task.FromResult(false);
            }

            _entries.Add(entry);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(string? commentId, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<AuditEntry> found = Enumerable.Reverse(_entries)
                .Where(e => commentId is null || e.CommentId == commentId).Take(limit).ToList();
            return Task.FromResult(found);
        }
    }
}
