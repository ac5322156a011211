using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Hosting;
using StackExchange.Redis;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

/// <summary>A service that died between taking a decision into the outbox and publishing it: the next one to start finishes it.</summary>
public sealed class OutboxCrashTests : IAsyncLifetime
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private RabbitVirtualHost _vhost = null!;
    private BusProbe _probe = null!;
    private IConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitVirtualHost.CreateAsync("outbox-crash");
        _probe = await BusProbe.ConnectAsync(_vhost);
        _redis = await ConnectionMultiplexer.ConnectAsync(Servers.Redis);
    }

    public async Task DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _vhost.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_decision_recorded_but_never_published_is_finished_by_the_relay_when_the_service_starts()
    {
        var moderation = Options.Create(new ModerationOptions { RedisKeyPrefix = _prefix });
        var queue = new RedisReviewQueue(_redis, moderation);
        var outbox = new RedisReviewOutbox(_redis, moderation, Options.Create(new ReviewOptions { OutboxGrace = TimeSpan.FromSeconds(4) }));
        var item = Item();
        await queue.AddAsync(item, default);
        var pending = (await outbox.TakeAsync(item.CommentId, Moderators.Siti, Decide, default)).Pending!;
        // The process dies here: out of the queue, in the outbox, nothing published, nothing audited.

        await using var host = ServiceHost.OnServers(_vhost, _prefix, OutboxFixture.Settings).Started();

        var reviewed = await Eventually.GetAsync(() => Task.FromResult(_probe.ReviewedFor(item.CommentId)), m => m.Count > 0,
            TimeSpan.FromSeconds(60), "the relay's CommentReviewed");
        await Eventually.GetAsync(() => outbox.MeasureAsync(default), depth => depth.Count == 0, TimeSpan.FromSeconds(30), "an empty outbox");
        reviewed[0].MessageId.Should().Be(pending.MessageId.ToString());
        reviewed[0].Json.GetProperty("moderatorId").GetString().Should().Be(Moderators.Siti);
        var audit = await new RedisAuditLog(_redis, moderation).ListAsync(item.CommentId, 10, default);
        audit.Should().ContainSingle().Which.Should().Be(pending.Audit);
    }

    private static PendingReview Decide(ReviewItem item)
    {
        var now = DateTimeOffset.UtcNow;
        return new PendingReview(
            Guid.NewGuid(),
            new CommentReviewed(item.CommentId, "rejected", "hate", Moderators.Siti, null, "flagged", now),
            item.With(new TimelineEntry("decided", now, Moderators.Siti, "rejected (hate)")) with { PreviousDecision = "rejected" },
            new AuditEntry(now, Moderators.Siti, AuditActions.Decided, item.CommentId, "rejected", "hate", null, "flagged", item.Text),
            now);
    }

    private static ReviewItem Item()
    {
        var now = DateTimeOffset.UtcNow;
        return new ReviewItem
        {
            CommentId = Comments.NewId(),
            TextHash = "hash",
            Text = "Dasar Cina semua sama saja",
            AuthorId = "u-42",
            Status = ReviewStatus.Flagged,
            PreviousDecision = "flagged",
            Priority = 80,
            QueuedAt = now,
            DueAt = now.AddHours(24),
            Timeline = [new TimelineEntry("flagged", now)],
        };
    }
}
