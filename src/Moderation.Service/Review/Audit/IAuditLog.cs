using Moderation.Formats.Audit;

namespace Moderation.Service.Review.Audit;

/// <summary>The append-only record of what moderators did: entries are added, never changed or removed.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Appends the entry unless one was already appended under <paramref name="key"/> (a redelivered decision is audited once);
    /// true when appended now.</summary>
    Task<bool> AppendOnceAsync(string key, AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first, optionally only those about one comment.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string? commentId, int limit, CancellationToken cancellationToken);
}
