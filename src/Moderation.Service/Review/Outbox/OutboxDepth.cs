namespace Moderation.Service.Review.Outbox;

/// <summary>How many decisions wait in the outbox, and when the oldest was recorded (null when none waits).</summary>
public sealed record OutboxDepth(long Count, DateTimeOffset? Oldest)
{
    public TimeSpan OldestAge(DateTimeOffset now) => Oldest is { } oldest && oldest < now ? now - oldest : TimeSpan.Zero;
}
