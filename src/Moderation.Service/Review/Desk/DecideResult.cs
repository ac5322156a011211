using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Desk;

/// <summary>How a decision ended: decided or recorded (the item as it is kept), a conflict (someone holds it, or already decided it), or no such item.</summary>
public sealed record DecideResult(DecideOutcome Outcome, ReviewItem? Item, string? Conflict)
{
    public static readonly DecideResult Missing = new(DecideOutcome.Missing, null, null);
}

/// <summary>The ends of a decision.</summary>
public enum DecideOutcome
{
    /// <summary>Decided, CommentReviewed published and the decision audited.</summary>
    Decided,

    /// <summary>Decided and recorded in the outbox, but the broker did not confirm CommentReviewed: the relay publishes it later.</summary>
    Recorded,

    Conflict,
    Missing,
}
