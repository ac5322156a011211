using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Time.Testing;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Tests.Review;

public sealed class InMemoryReviewStoreTests : ReviewStoreContract
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    public InMemoryReviewStoreTests()
    {
        Queue = new InMemoryReviewQueue(_clock);
        Sessions = new InMemoryReviewSessions(_clock);
    }

    protected override IReviewQueue Queue { get; }

    protected override IAuditLog Audit { get; } = new InMemoryAuditLog();

    protected override IAuthorHistoryStore Authors { get; } = new InMemoryAuthorHistoryStore();

    protected override ITicketStore Sessions { get; }

    protected override TimeProvider Clock => _clock;

    /// <summary>Moves the fake clock to the end of the lease and probes once: the lease has lapsed, with no waiting.</summary>
    protected override async Task<T> AfterLapseAsync<T>(TimeSpan lease, Func<Task<T>> probe, Func<T, bool> lapsed, string what)
    {
        _clock.Advance(lease);
        return await probe();
    }
}
