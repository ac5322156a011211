namespace Moderation.Service.Review.Queue;

/// <summary>The answer to taking an item out of the queue to decide it: the item, or why not (someone else holds it, or it is gone).</summary>
public sealed record Removal(RemovalOutcome Outcome, ReviewItem? Item, string? Holder)
{
    public static readonly Removal Missing = new(RemovalOutcome.Missing, null, null);
}

/// <summary>How a removal ended.</summary>
public enum RemovalOutcome
{
    Removed,
    HeldByOther,
    Missing,
}
