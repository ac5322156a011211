namespace Moderation.Service.Review.Queue;

/// <summary>The Redis keys of the review side, under the service's key prefix (the CLI's export-labels reads the same names).</summary>
public static class ReviewKeys
{
    /// <summary>Sorted set of queued comment ids, scored by <see cref="QueueOrder"/>.</summary>
    public static string Queue(string prefix) => $"{prefix}review:queue";

    public static string Item(string prefix, string commentId) => $"{prefix}review:item:{commentId}";

    public static string Hold(string prefix, string commentId) => $"{prefix}review:hold:{commentId}";

    public static string Decided(string prefix, string commentId) => $"{prefix}review:decided:{commentId}";

    /// <summary>The append-only audit stream; each entry has one field "entry" holding the entry's JSON.</summary>
    public static string Audit(string prefix) => $"{prefix}review:audit";

    public static string AuthorHistory(string prefix, string authorId) => $"{prefix}review:author:{authorId}";

    /// <summary>Sorted set of the message ids of decisions waiting in the outbox, scored by when they were recorded (Unix ms).</summary>
    public static string Outbox(string prefix) => $"{prefix}review:outbox";

    public static string OutboxEntry(string prefix, Guid messageId) => $"{prefix}review:outbox:entry:{messageId}";

    /// <summary>Who is delivering the entry (PX-expiring).</summary>
    public static string OutboxClaim(string prefix, Guid messageId) => $"{prefix}review:outbox:claim:{messageId}";

    /// <summary>Marks an audit entry appended under an idempotency key, so a redelivered decision is audited once.</summary>
    public static string Audited(string prefix, string key) => $"{prefix}review:audited:{key}";
}
