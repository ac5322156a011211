using Moderation.Contracts;

namespace Moderation.Service.Review.Queue;

/// <summary>A comment waiting for (or decided by) a moderator, with everything the review screen shows.</summary>
public sealed record ReviewItem
{
    public required string CommentId { get; init; }

    /// <summary>SHA-256 of the text the item was queued with (the unit of moderation).</summary>
    public required string TextHash { get; init; }

    /// <summary>The original text; null when an order named a comment the service never saw.</summary>
    public string? Text { get; init; }

    public string? ArticleId { get; init; }

    public string? ArticleTitle { get; init; }

    public string? ArticleUrl { get; init; }

    public string? Section { get; init; }

    public string? AuthorId { get; init; }

    public string? AuthorName { get; init; }

    public string? CampaignId { get; init; }

    /// <summary>Why it is here: <see cref="ReviewStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The machine's decision ("flagged", "approved", "rejected") or the last moderator outcome; the "previous decision" of the audit.</summary>
    public string? PreviousDecision { get; init; }

    public IReadOnlyList<Reason> Reasons { get; init; } = [];

    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();

    /// <summary>0..100; orders the queue before age.</summary>
    public required int Priority { get; init; }

    public string? ModelVersion { get; init; }

    /// <summary>When it entered the queue (this round); orders items of equal priority, oldest first.</summary>
    public required DateTimeOffset QueuedAt { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>Counts the times the comment entered the queue; part of the reviewed event's message id.</summary>
    public int Round { get; init; } = 1;

    /// <summary>A takedown order's reference number, when one named the comment.</summary>
    public string? TakedownReference { get; init; }

    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    public ReviewItem With(TimelineEntry entry) => this with { Timeline = [.. Timeline, entry] };

    public bool IsOverdue(DateTimeOffset now) => DueAt < now;
}
