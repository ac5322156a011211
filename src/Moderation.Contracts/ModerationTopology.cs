namespace Moderation.Contracts;

/// <summary>The names of the exchanges and queues of the wire contract (all durable; exchanges are fanout).</summary>
public static class ModerationTopology
{
    public const string CommentSubmittedExchange = "moderation.comment-submitted";
    public const string CommentApprovedExchange = "moderation.comment-approved";
    public const string CommentFlaggedExchange = "moderation.comment-flagged";
    public const string CommentRejectedExchange = "moderation.comment-rejected";
    public const string CommentReviewedExchange = "moderation.comment-reviewed";

    /// <summary>The service's queue, bound to <see cref="CommentSubmittedExchange"/>.</summary>
    public const string ServiceQueue = "moderation-service";

    /// <summary>Where unreadable comments and comments that could not be decided are parked.</summary>
    public const string ErrorQueue = "moderation-service_error";

    /// <summary>The content type of every message body.</summary>
    public const string ContentType = "application/json";
}
