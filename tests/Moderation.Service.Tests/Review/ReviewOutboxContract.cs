using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

/// <summary>The behaviour every outbox store must have; run against the in-memory and the Redis implementations.</summary>
public abstract class ReviewOutboxContract
{
    /// <summary>Short, so a taker's claim lapses within a test.</summary>
    protected static readonly IOptions<ReviewOptions> Options = Microsoft.Extensions.Options.Options.Create(new ReviewOptions
    {
        OutboxGrace = TimeSpan.FromMilliseconds(300),
        DecidedRetention = TimeSpan.FromHours(1),
    });

    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly string _article = $"a-{Guid.NewGuid():N}";

    protected abstract IReviewQueue Queue { get; }

    protected abstract IReviewOutbox Outbox { get; }

    /// <summary>Lets a lease of this length (the taker's grace, a relay's claim) run out, then probes until
    /// <paramref name="lapsed"/> holds: Redis expires keys on its own clock, so this waits for it; the in-memory outbox moves
    /// its fake clock instead.</summary>
    protected virtual Task<T> AfterLapseAsync<T>(TimeSpan lease, Func<Task<T>> probe, Func<T, bool> lapsed, string what) =>
        Eventually.GetAsync(probe, lapsed, TimeSpan.FromSeconds(10), what);

    [Fact]
    public async Task Taking_an_item_removes_it_keeps_the_decided_item_and_records_the_decision()
    {
        await Queue.AddAsync(Item("c"), default);

        var take = await Outbox.TakeAsync(Id("c"), "mod-siti", item => Pending(item, Noon), default);

        take.Outcome.Should().Be(RemovalOutcome.Removed);
        (await Queue.FindAsync(Id("c"), default)).Should().BeNull();
        (await Queue.FindDecidedAsync(Id("c"), default)).Should().BeEquivalentTo(take.Pending!.Decided);
        (await Outbox.ListAsync(Noon.AddSeconds(1), 10, default)).Should().ContainSingle().Which.Should().BeEquivalentTo(take.Pending);
    }

    [Fact]
    public async Task Taking_an_item_another_moderator_holds_records_nothing()
    {
        await Queue.AddAsync(Item("c"), default);
        await Queue.HoldAsync(Id("c"), "mod-siti", Lease, default);

        var take = await Outbox.TakeAsync(Id("c"), "mod-andi", item => Pending(item, Noon), default);

        take.Outcome.Should().Be(RemovalOutcome.HeldByOther);
        take.Holder.Should().Be("mod-siti");
        (await Queue.FindAsync(Id("c"), default)).Should().NotBeNull();
        (await Outbox.MeasureAsync(default)).Count.Should().Be(0);
    }

    [Fact]
    public async Task Taking_an_item_not_in_the_queue_is_missing()
    {
        (await Outbox.TakeAsync(Id("nothing"), "mod-siti", item => Pending(item, Noon), default)).Outcome.Should().Be(RemovalOutcome.Missing);
    }

    [Fact]
    public async Task Only_one_of_two_concurrent_takes_records_a_decision()
    {
        await Queue.AddAsync(Item("c"), default);

        var takes = await Task.WhenAll(
            Outbox.TakeAsync(Id("c"), "mod-siti", item => Pending(item, Noon), default),
            Outbox.TakeAsync(Id("c"), "mod-andi", item => Pending(item, Noon), default));

        takes.Count(t => t.Outcome == RemovalOutcome.Removed).Should().Be(1);
        (await Outbox.MeasureAsync(default)).Count.Should().Be(1);
    }

    [Fact]
    public async Task A_taken_decision_is_claimed_by_its_taker_until_the_grace_ends()
    {
        await Queue.AddAsync(Item("c"), default);
        var pending = (await Outbox.TakeAsync(Id("c"), "mod-siti", item => Pending(item, Noon), default)).Pending!;

        (await Outbox.ClaimAsync(pending.MessageId, "relay-1", Lease, default)).Should().BeFalse();

        (await AfterLapseAsync(Options.Value.OutboxGrace, () => Outbox.ClaimAsync(pending.MessageId, "relay-1", Lease, default),
            claimed => claimed, "the taker's claim to lapse")).Should().BeTrue();
    }

    [Fact]
    public async Task A_claim_keeps_other_relays_out()
    {
        var pending = await TakenAndFreeAsync("c");

        (await Outbox.ClaimAsync(pending.MessageId, "relay-1", Lease, default)).Should().BeTrue();

        (await Outbox.ClaimAsync(pending.MessageId, "relay-2", Lease, default)).Should().BeFalse();
    }

    [Fact]
    public async Task A_claim_that_is_not_renewed_lapses()
    {
        var pending = await TakenAndFreeAsync("c");
        var lease = TimeSpan.FromMilliseconds(300);
        await Outbox.ClaimAsync(pending.MessageId, "relay-1", lease, default);

        (await AfterLapseAsync(lease, () => Outbox.ClaimAsync(pending.MessageId, "relay-2", Lease, default), claimed => claimed,
            "the lapsed claim")).Should().BeTrue();
    }

    [Fact]
    public async Task A_released_claim_lets_another_relay_in_but_only_its_owner_can_release_it()
    {
        var pending = await TakenAndFreeAsync("c");
        await Outbox.ClaimAsync(pending.MessageId, "relay-1", Lease, default);

        await Outbox.ReleaseAsync(pending.MessageId, "relay-2", default);
        (await Outbox.ClaimAsync(pending.MessageId, "relay-2", Lease, default)).Should().BeFalse();
        await Outbox.ReleaseAsync(pending.MessageId, "relay-1", default);

        (await Outbox.ClaimAsync(pending.MessageId, "relay-2", Lease, default)).Should().BeTrue();
    }

    [Fact]
    public async Task A_completed_decision_is_gone_and_cannot_be_claimed()
    {
        var pending = await TakenAndFreeAsync("c");

        await Outbox.CompleteAsync(pending.MessageId, default);
        await Outbox.CompleteAsync(pending.MessageId, default);

        (await Outbox.ListAsync(Noon.AddDays(1), 10, default)).Should().BeEmpty();
        (await Outbox.ClaimAsync(pending.MessageId, "relay-1", Lease, default)).Should().BeFalse();
        (await Outbox.MeasureAsync(default)).Should().Be(new OutboxDepth(0, null));
    }

    [Fact]
    public async Task Lists_only_decisions_recorded_before_the_time_oldest_first()
    {
        foreach (var (name, at) in new[] { ("new", Noon.AddMinutes(2)), ("old", Noon), ("newest", Noon.AddMinutes(10)) })
        {
            await Queue.AddAsync(Item(name), default);
            await Outbox.TakeAsync(Id(name), "mod-siti", item => Pending(item, at), default);
        }

        var listed = await Outbox.ListAsync(Noon.AddMinutes(5), 10, default);

        listed.Select(p => p.Event.CommentId).Should().Equal(Id("old"), Id("new"));
    }

    [Fact]
    public async Task Measures_how_many_decisions_wait_and_since_when()
    {
        foreach (var (name, at) in new[] { ("a", Noon.AddMinutes(3)), ("b", Noon) })
        {
            await Queue.AddAsync(Item(name), default);
            await Outbox.TakeAsync(Id(name), "mod-siti", item => Pending(item, at), default);
        }

        var depth = await Outbox.MeasureAsync(default);

        depth.Should().Be(new OutboxDepth(2, Noon));
        depth.OldestAge(Noon.AddMinutes(10)).Should().Be(TimeSpan.FromMinutes(10));
    }

    /// <summary>A decision taken into the outbox whose taker's claim has lapsed, as a relay finds it after a crash.</summary>
    private async Task<PendingReview> TakenAndFreeAsync(string name)
    {
        await Queue.AddAsync(Item(name), default);
        var pending = (await Outbox.TakeAsync(Id(name), "mod-siti", item => Pending(item, Noon), default)).Pending!;
        // Claim it away from the taker once its lease lapses, then give it back: free, with no lease running.
        await AfterLapseAsync(Options.Value.OutboxGrace, () => Outbox.ClaimAsync(pending.MessageId, "setup", Lease, default), claimed => claimed,
            "a free entry");
        await Outbox.ReleaseAsync(pending.MessageId, "setup", default);
        return pending;
    }

    private static PendingReview Pending(ReviewItem item, DateTimeOffset at) => new(
        Guid.NewGuid(),
        new CommentReviewed(item.CommentId, "rejected", "hate", "mod-siti", "SARA", item.PreviousDecision, at),
        item.With(new TimelineEntry("decided", at, "mod-siti", "rejected (hate)")) with { PreviousDecision = "rejected" },
        new AuditEntry(at, "mod-siti", AuditActions.Decided, item.CommentId, "rejected", "hate", "SARA", item.PreviousDecision, item.Text),
        at);

    private string Id(string name) => $"{_article}-{name}";

    private ReviewItem Item(string name) => new()
    {
        CommentId = Id(name),
        TextHash = "hash",
        Text = "Dasar Cina semua sama saja",
        ArticleId = _article,
        AuthorId = "u-1",
        Status = ReviewStatus.Flagged,
        PreviousDecision = "flagged",
        Reasons = [new Reason("hate", "UU ITE Pasal 28 ayat (2)", "model", 0.9, [new Evidence(6, 4, "Cina")])],
        Scores = new Dictionary<string, double> { ["hate"] = 0.9 },
        Priority = 80,
        QueuedAt = Noon,
        DueAt = Noon.AddHours(24),
        Timeline = [new TimelineEntry("flagged", Noon)],
    };
}
