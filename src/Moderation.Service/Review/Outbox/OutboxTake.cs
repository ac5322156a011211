using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Outbox;

/// <summary>The answer to taking an item out of the queue into the outbox: the recorded decision, or why not (held by someone else, gone).</summary>
public sealed record OutboxTake(RemovalOutcome Outcome, PendingReview? Pending, string? Holder)
{
    public static readonly OutboxTake Missing = new(RemovalOutcome.Missing, null, null);
}
