namespace Moderation.Service.Review.Queue;

/// <summary>Why an item is in the queue.</summary>
public static class ReviewStatus
{
    /// <summary>The machine flagged it.</summary>
    public const string Flagged = "flagged";

    /// <summary>A reader reported a published comment.</summary>
    public const string Reported = "reported";

    /// <summary>A government takedown order named it.</summary>
    public const string Takedown = "takedown";
}
