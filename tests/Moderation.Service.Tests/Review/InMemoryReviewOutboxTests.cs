using Microsoft.Extensions.Time.Testing;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Tests.Review;

public sealed class InMemoryReviewOutboxTests : ReviewOutboxContract
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public InMemoryReviewOutboxTests()
    {
        var queue = new InMemoryReviewQueue(_clock);
        Queue = queue;
        Outbox = new InMemoryReviewOutbox(queue, Options, _clock);
    }

    protected override IReviewQueue Queue { get; }

    protected override IReviewOutbox Outbox { get; }

    /// <summary>Moves the fake clock to the end of the lease and probes once: the lease has lapsed, with no waiting.</summary>
    protected override async Task<T> AfterLapseAsync<T>(TimeSpan lease, Func<Task<T>> probe, Func<T, bool> lapsed, string what)
    {
        _clock.Advance(lease);
        return await probe();
    }
}
