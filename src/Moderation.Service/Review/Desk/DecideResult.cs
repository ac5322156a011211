using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Desk;

/// <summary>How a decision ended: decided (the item as it is kept), a conflict (someone holds it, or already decided it), or no such item.</summary>
public sealed record DecideResult(DecideOutcome Outcome, ReviewItem? Item, string? Conflict)
{
    public static readonly DecideResult Missing = new(DecideOutcome.Missing, null, null);
}

/// <summary>The three ends of a decision.</summary>
public enum DecideOutcome
{
    Decided,
    Conflict,
    Missing,
}
