namespace Moderation.Service.Review.Queue;

/// <summary>The events of an item's timeline (<see cref="TimelineEntry.Event"/>), as the review API and the UI show them.</summary>
public static class TimelineEvents
{
    /// <summary>The CMS submitted the comment.</summary>
    public const string Received = "received";

    /// <summary>The machine flagged it for review; the detail lists the reasons' categories.</summary>
    public const string Flagged = "flagged";

    /// <summary>A reader reported it; the detail is the reader's reason.</summary>
    public const string Reported = "reported";

    /// <summary>An admin entered a takedown order; the detail is its reference.</summary>
    public const string Takedown = "takedown";

    /// <summary>A moderator opened it.</summary>
    public const string Opened = "opened";

    /// <summary>A moderator decided it; the detail is the outcome and category.</summary>
    public const string Decided = "decided";
}
