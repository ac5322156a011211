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
}
