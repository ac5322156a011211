using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.Observability;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

/// <summary>The relay and the delivery over the in-memory stores: idempotent follow-up writes, one relay per entry.</summary>
public sealed class RelayPassTests
{
    private static readonly IOptions<ReviewOptions> Options = Microsoft.Extensions.Options.Options.Create(new ReviewOptions
    {
        OutboxGrace = TimeSpan.FromMilliseconds(200),
        PublishTimeout = TimeSpan.FromSeconds(30),
    });

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly InMemoryReviewQueue _queue;
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryAuthorHistoryStore _authors = new();
    private readonly GatedPublisher _publisher = new();
    private readonly InMemoryReviewOutbox _outbox;

    public RelayPassTests()
    {
        _queue = new InMemoryReviewQueue(_clock);
        _outbox = new InMemoryReviewOutbox(_queue, Options, _clock);
    }

    [Fact]
    public async Task Finishing_a_decision_again_after_a_crash_audits_it_once()
    {
        var pending = await LeftBehindAsync();
        var delivery = Delivery();
        await _audit.AppendOnceAsync(pending.MessageId.ToString(), pending.Audit, default);
        // The first delivery died after the audit entry, before completing: the relay does the writes again.

        await delivery.FinishAsync(pending, default);

        (await _audit.ListAsync(pending.Event.CommentId, 10, default)).Should().ContainSingle();
        (await _authors.FindAsync("u-42", default)).Comments.Should().Be(1);
        (await _outbox.MeasureAsync(default)).Count.Should().Be(0);
    }

    [Fact]
    public async Task Two_relays_never_deliver_the_same_decision_at_once()
    {
        var pending = await LeftBehindAsync();
        var first = Relay();
        var second = Relay();

        var firstPass = first.RelayAsync(default);
        await _publisher.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        await second.RelayAsync(default);
        _publisher.Open();
        await firstPass.WaitAsync(TimeSpan.FromSeconds(10));

        _publisher.Published.Should().Equal(pending.MessageId);
        (await _audit.ListAsync(pending.Event.CommentId, 10, default)).Should().ContainSingle();
    }

    /// <summary>A decision taken into the outbox an hour ago whose taker died (its claim has lapsed).</summary>
    private async Task<PendingReview> LeftBehindAsync()
    {
        var at = _clock.GetUtcNow().AddHours(-1);
        var item = new ReviewItem
        {
            CommentId = Comments.NewId(), TextHash = "hash", Text = "Dasar Cina semua sama saja", AuthorId = "u-42",
            Status = ReviewStatus.Flagged, PreviousDecision = "flagged", Priority = 80, QueuedAt = at, DueAt = at.AddHours(24),
        };
        await _queue.AddAsync(item, default);
        var pending = (await _outbox.TakeAsync(item.CommentId, Moderators.Siti, queued => new PendingReview(
            Guid.NewGuid(),
            new CommentReviewed(queued.CommentId, "rejected", "hate", Moderators.Siti, null, "flagged", at),
            queued.With(new TimelineEntry("decided", at, Moderators.Siti)),
            new AuditEntry(at, Moderators.Siti, AuditActions.Decided, queued.CommentId, "rejected", "hate", null, "flagged", queued.Text),
            at), default)).Pending!;
        _clock.Advance(Options.Value.OutboxGrace);
        (await _outbox.ClaimAsync(pending.MessageId, "setup", TimeSpan.FromMinutes(1), default)).Should().BeTrue("the taker's claim has lapsed");
        await _outbox.ReleaseAsync(pending.MessageId, "setup", default);
        return pending;
    }

    private ReviewDelivery Delivery() => new(_outbox, _publisher, _audit, _authors, Options, NullLogger<ReviewDelivery>.Instance);

    private ReviewOutboxRelay Relay() => new(_outbox, Delivery(),
        new ReviewOutboxMetrics(new ModerationMetrics(), _outbox, _clock, NullLogger<ReviewOutboxMetrics>.Instance),
        new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), Options, _clock, NullLogger<ReviewOutboxRelay>.Instance);

    /// <summary>Holds the first publish until opened, so a second relay runs while the first is mid-delivery.</summary>
    private sealed class GatedPublisher : IReviewPublisher
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<Guid> _published = [];

        public Task Entered => _entered.Task;

        public IReadOnlyList<Guid> Published
        {
            get
            {
                lock (_published)
                {
                    return _published.ToList();
                }
            }
        }

        public void Open() => _open.TrySetResult();

        public async Task PublishAsync(PendingReview pending, CancellationToken cancellationToken)
        {
            _entered.TrySetResult();
            await _open.Task.WaitAsync(cancellationToken);
            lock (_published)
            {
                _published.Add(pending.MessageId);
            }
        }
    }
}
