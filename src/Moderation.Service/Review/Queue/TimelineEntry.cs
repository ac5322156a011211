namespace Moderation.Service.Review.Queue;

/// <summary>One event in an item's life: what happened, when, and who did it (null for the machine or the CMS).</summary>
/// <param name="Event">One of <see cref="TimelineEvents"/>.</param>
public sealed record TimelineEntry(string Event, DateTimeOffset At, string? By = null, string? Detail = null);
