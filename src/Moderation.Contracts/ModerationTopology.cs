namespace Moderation.Contracts;

/// <summary>The names of the exchanges and queues of the wire contract (all durable; exchanges are fanout).</summary>
public static class ModerationTopology
{
    public const string CommentSubmittedExchange = "moderation.comment-submitted";
    public const string CommentApprovedExchange = "moderation.comment-approved";
    public const string CommentFlaggedExchange = "moderation.comment-flagged";
    public const string CommentRejectedExchange = "moderation.comment-rejected";
    public const string CommentReviewedExchange = "moderation.comment-reviewed";

    /// <summary>The decision exchanges in the order of their outcome: approved, flagged, rejected.</summary>
    public static IReadOnlyList<string> DecisionExchanges { get; } = [CommentApprovedExchange, CommentFlaggedExchange, CommentRejectedExchange];

    /// <summary>The exchange a decision event is published to.</summary>
    public static string ExchangeOf(CommentDecision decision) => decision switch
    {
        CommentApproved => CommentApprovedExchange,
        CommentFlagged => CommentFlaggedExchange,
        CommentRejected => CommentRejectedExchange,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "Unknown decision event."),
    };

    /// <summary>The service's queue, bound to <see cref="CommentSubmittedExchange"/>.</summary>
    public const string ServiceQueue = "moderation-service";

    /// <summary>Where unreadable comments and comments that could not be decided are parked.</summary>
    public const string ErrorQueue = "moderation-service_error";

    /// <summary>The content type of every message body.</summary>
    public const string ContentType = "application/json";
}
