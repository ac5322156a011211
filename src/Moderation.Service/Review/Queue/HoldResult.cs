namespace Moderation.Service.Review.Queue;

/// <summary>The answer to opening (or renewing) an item: held by the asker until <see cref="Until"/>, held by someone else, or not in the queue.</summary>
public sealed record HoldResult(HoldOutcome Outcome, string? Holder, DateTimeOffset? Until)
{
    public static readonly HoldResult Missing = new(HoldOutcome.Missing, null, null);
}

/// <summary>How a hold request ended.</summary>
public enum HoldOutcome
{
    Granted,
    HeldByOther,
    Missing,
}
