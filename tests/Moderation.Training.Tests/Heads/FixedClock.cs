namespace Moderation.Training.Tests.Heads;

/// <summary>A clock that always reads one instant, so the version a run writes does not depend on when the test runs.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
