namespace Moderation.Formats;

/// <summary>Every Redis key the service uses, under the configured key prefix, in one place; the CLI's export-labels reads the
/// same names.</summary>
public static class RedisKeys
{
    /// <summary>The decision recorded for a comment id and the SHA-256 of its text.</summary>
    public static string Decision(string prefix, string commentId, string textHash) => $"{prefix}decision:{commentId}:{textHash}";

    /// <summary>Set once the broker confirmed a publish of that decision.</summary>
    public static string Published(string prefix, string commentId, string textHash) => $"{prefix}published:{commentId}:{textHash}";

    public static string Score(string prefix, string scoreKey) => $"{prefix}score:{scoreKey}";

    public static string Velocity(string prefix, string authorId) => $"{prefix}velocity:{authorId}";

    public static string Campaign(string prefix, string fingerprint) => $"{prefix}campaign:{fingerprint}";

    /// <summary>Sorted set of queued comment ids, scored by <c>QueueOrder</c>.</summary>
    public static string ReviewQueue(string prefix) => $"{prefix}review:queue";

    public static string ReviewItem(string prefix, string commentId) => $"{prefix}review:item:{commentId}";

    public static string ReviewHold(string prefix, string commentId) => $"{prefix}review:hold:{commentId}";

    public static string ReviewDecided(string prefix, string commentId) => $"{prefix}review:decided:{commentId}";

    /// <summary>The append-only audit stream; each entry has one field "entry" holding the entry's JSON.</summary>
    public static string Audit(string prefix) => $"{prefix}review:audit";

    /// <summary>Marks an audit entry appended under an idempotency key, so a redelivered decision is audited once.</summary>
    public static string Audited(string prefix, string key) => $"{prefix}review:audited:{key}";

    public static string AuthorHistory(string prefix, string authorId) => $"{prefix}review:author:{authorId}";

    /// <summary>Sorted set of the message ids of decisions waiting in the outbox, scored by when they were recorded (Unix ms).</summary>
    public static string Outbox(string prefix) => $"{prefix}review:outbox";

    public static string OutboxEntry(string prefix, Guid messageId) => $"{prefix}review:outbox:entry:{messageId}";

    /// <summary>Who is delivering the entry (PX-expiring).</summary>
    public static string OutboxClaim(string prefix, Guid messageId) => $"{prefix}review:outbox:claim:{messageId}";
}
