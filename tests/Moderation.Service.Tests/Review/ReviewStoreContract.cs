using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

/// <summary>The behaviour every review store must have; run against the in-memory and the Redis implementations.</summary>
public abstract class ReviewStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    protected abstract IReviewQueue Queue { get; }

    protected abstract IAuditLog Audit { get; }

    protected abstract IAuthorHistoryStore Authors { get; }

    protected abstract ITicketStore Sessions { get; }

    /// <summary>The clock the stores read; Redis expires keys on its own, real clock.</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>Lets a lease of this length (a hold, a session) run out, then probes until <paramref name="lapsed"/> holds:
    /// Redis expires keys on its own clock, so this waits for it; the in-memory stores move their fake clock instead.</summary>
    protected virtual Task<T> AfterLapseAsync<T>(TimeSpan lease, Func<Task<T>> probe, Func<T, bool> lapsed, string what) =>
        Eventually.GetAsync(probe, lapsed, TimeSpan.FromSeconds(10), what);

    /// <summary>Unique per test, so the tests sharing one queue see only their own items.</summary>
    private readonly string _article = $"a-{Guid.NewGuid():N}";

    [Fact]
    public async Task Lists_higher_priority_first_then_older_first()
    {
        await Queue.AddAsync(Item("low-old", priority: 40, queuedAt: Noon), default);
        await Queue.AddAsync(Item("high-new", priority: 90, queuedAt: Noon.AddMinutes(5)), default);
        await Queue.AddAsync(Item("high-old", priority: 90, queuedAt: Noon), default);

        var listed = await Queue.ListAsync(new ReviewQuery(ArticleId: _article), 10, default);

        listed.Select(i => i.CommentId).Should().Equal(Id("high-old"), Id("high-new"), Id("low-old"));
    }

    [Fact]
    public async Task Adding_a_queued_comment_again_changes_nothing()
    {
        (await Queue.AddAsync(Item("c", priority: 40), default)).Should().BeTrue();

        (await Queue.AddAsync(Item("c", priority: 90), default)).Should().BeFalse();

        (await Queue.FindAsync(Id("c"), default))!.Priority.Should().Be(40);
    }

    [Fact]
    public async Task Filters_by_category_and_section()
    {
        await Queue.AddAsync(Item("hate", category: "hate", section: "politik"), default);
        await Queue.AddAsync(Item("threat", category: "threat", section: "politik"), default);
        await Queue.AddAsync(Item("hate-elsewhere", category: "hate", section: "olahraga"), default);

        var listed = await Queue.ListAsync(new ReviewQuery(Category: "hate", ArticleId: _article, Section: "politik"), 10, default);

        listed.Select(i => i.CommentId).Should().Equal(Id("hate"));
    }

    [Fact]
    public async Task Filters_by_why_an_item_is_queued()
    {
        await Queue.AddAsync(Item("flagged"), default);
        await Queue.AddAsync(Item("reported") with { Status = ReviewStatus.Reported }, default);

        var listed = await Queue.ListAsync(new ReviewQuery(ArticleId: _article, Status: ReviewStatus.Reported), 10, default);

        listed.Select(i => i.CommentId).Should().Equal(Id("reported"));
    }

    [Fact]
    public async Task Searches_by_comment_id_and_by_author()
    {
        await Queue.AddAsync(Item("one", author: "u-one"), default);
        await Queue.AddAsync(Item("two", author: "u-two"), default);

        (await Queue.ListAsync(new ReviewQuery(ArticleId: _article, Search: Id("two")), 10, default)).Select(i => i.CommentId).Should().Equal(Id("two"));
        (await Queue.ListAsync(new ReviewQuery(ArticleId: _article, Search: "u-one"), 10, default)).Select(i => i.CommentId).Should().Equal(Id("one"));
    }

    [Fact]
    public async Task A_hold_keeps_other_moderators_out()
    {
        await Queue.AddAsync(Item("c"), default);

        (await Queue.HoldAsync(Id("c"), "mod-siti", Minute, default)).Outcome.Should().Be(HoldOutcome.Granted);
        var other = await Queue.HoldAsync(Id("c"), "mod-andi", Minute, default);

        other.Outcome.Should().Be(HoldOutcome.HeldByOther);
        other.Holder.Should().Be("mod-siti");
    }

    [Fact]
    public async Task The_holder_can_renew_the_hold()
    {
        await Queue.AddAsync(Item("c"), default);
        await Queue.HoldAsync(Id("c"), "mod-siti", Minute, default);

        (await Queue.HoldAsync(Id("c"), "mod-siti", Minute, default)).Outcome.Should().Be(HoldOutcome.Granted);
    }

    [Fact]
    public async Task A_released_hold_lets_another_moderator_in()
    {
        await Queue.AddAsync(Item("c"), default);
        await Queue.HoldAsync(Id("c"), "mod-siti", Minute, default);

        await Queue.ReleaseAsync(Id("c"), "mod-siti", default);

        (await Queue.HoldAsync(Id("c"), "mod-andi", Minute, default)).Outcome.Should().Be(HoldOutcome.Granted);
    }

    [Fact]
    public async Task A_hold_that_is_not_renewed_lapses()
    {
        await Queue.AddAsync(Item("c"), default);
        var lease = TimeSpan.FromMilliseconds(300);
        await Queue.HoldAsync(Id("c"), "mod-siti", lease, default);

        var other = await AfterLapseAsync(lease, () => Queue.HoldAsync(Id("c"), "mod-andi", Minute, default),
            hold => hold.Outcome == HoldOutcome.Granted, "the lapsed hold");

        other.Outcome.Should().Be(HoldOutcome.Granted);
        other.Holder.Should().Be("mod-andi");
    }

    [Fact]
    public async Task Holding_an_item_not_in_the_queue_is_missing()
    {
        (await Queue.HoldAsync(Id("nothing"), "mod-siti", Minute, default)).Outcome.Should().Be(HoldOutcome.Missing);
    }

    [Fact]
    public async Task Another_moderator_cannot_remove_a_held_item()
    {
        await Queue.AddAsync(Item("c"), default);
        await Queue.HoldAsync(Id("c"), "mod-siti", Minute, default);

        var removal = await Queue.RemoveAsync(Id("c"), "mod-andi", default);

        removal.Outcome.Should().Be(RemovalOutcome.HeldByOther);
        (await Queue.FindAsync(Id("c"), default)).Should().NotBeNull();
    }

    [Fact]
    public async Task Only_one_of_two_concurrent_removals_gets_the_item()
    {
        await Queue.AddAsync(Item("c"), default);

        var removals = await Task.WhenAll(Queue.RemoveAsync(Id("c"), "mod-siti", default), Queue.RemoveAsync(Id("c"), "mod-andi", default));

        removals.Count(r => r.Outcome == RemovalOutcome.Removed).Should().Be(1);
        (await Queue.ListAsync(new ReviewQuery(ArticleId: _article), 10, default)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_update_changes_the_item_and_its_place_in_the_order()
    {
        await Queue.AddAsync(Item("first", priority: 90), default);
        await Queue.AddAsync(Item("second", priority: 40), default);

        await Queue.UpdateAsync(Id("second"), i => i with { Priority = 100, Status = ReviewStatus.Takedown }, default);

        var listed = await Queue.ListAsync(new ReviewQuery(ArticleId: _article), 10, default);
        listed.Select(i => i.CommentId).Should().Equal(Id("second"), Id("first"));
        listed[0].Status.Should().Be(ReviewStatus.Takedown);
    }

    [Fact]
    public async Task Keeps_a_decided_item_with_its_timeline_and_reasons()
    {
        var decided = Item("c").With(new TimelineEntry("decided", Noon, "mod-siti", "rejected (hate)"));

        await Queue.StoreDecidedAsync(decided, TimeSpan.FromHours(1), default);

        (await Queue.FindDecidedAsync(Id("c"), default)).Should().BeEquivalentTo(decided);
    }

    [Fact]
    public async Task Finds_many_items_in_the_order_asked_with_null_for_one_not_queued()
    {
        await Queue.AddAsync(Item("a"), default);
        await Queue.AddAsync(Item("b", priority: 40), default);

        var found = await Queue.FindManyAsync([Id("b"), Id("none"), Id("a")], default);

        found.Select(i => i?.CommentId).Should().Equal(Id("b"), null, Id("a"));
        (await Queue.FindManyAsync([], default)).Should().BeEmpty();
    }

    [Fact]
    public async Task Withdraws_the_item_of_the_text_named_with_its_hold()
    {
        await Queue.AddAsync(Item("c") with { TextHash = "old" }, default);
        await Queue.HoldAsync(Id("c"), "mod-siti", Minute, default);

        (await Queue.WithdrawAsync(Id("c"), "old", default)).Should().BeTrue();

        (await Queue.FindAsync(Id("c"), default)).Should().BeNull();
        (await Queue.ListAsync(new ReviewQuery(ArticleId: _article), 10, default)).Should().BeEmpty();
        await Queue.AddAsync(Item("c"), default);
        (await Queue.HoldAsync(Id("c"), "mod-budi", Minute, default)).Outcome.Should().Be(HoldOutcome.Granted);
    }

    [Fact]
    public async Task Does_not_withdraw_an_item_queued_for_another_text()
    {
        await Queue.AddAsync(Item("c") with { TextHash = "new" }, default);

        (await Queue.WithdrawAsync(Id("c"), "old", default)).Should().BeFalse();
        (await Queue.WithdrawAsync(Id("missing"), "old", default)).Should().BeFalse();

        (await Queue.FindAsync(Id("c"), default)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_session_is_kept_renewed_and_ended()
    {
        var key = await Sessions.StoreAsync(Ticket("mod-siti", DateTimeOffset.UtcNow.AddHours(1)));

        (await Sessions.RetrieveAsync(key))!.Principal.Identity!.Name.Should().Be("mod-siti");
        await Sessions.RenewAsync(key, Ticket("mod-siti", DateTimeOffset.UtcNow.AddHours(2)));
        (await Sessions.RetrieveAsync(key))!.Properties.ExpiresUtc.Should().BeAfter(DateTimeOffset.UtcNow.AddHours(1.5));

        await Sessions.RemoveAsync(key);

        (await Sessions.RetrieveAsync(key)).Should().BeNull();
    }

    [Fact]
    public async Task A_session_lapses_with_its_ticket()
    {
        // A ticket keeps its expiry to the second, so the session lives between one and two seconds.
        var lifetime = TimeSpan.FromSeconds(2);
        var key = await Sessions.StoreAsync(Ticket("mod-siti", Clock.GetUtcNow() + lifetime));
        (await Sessions.RetrieveAsync(key)).Should().NotBeNull();

        var lapsed = await AfterLapseAsync<AuthenticationTicket?>(lifetime, () => Sessions.RetrieveAsync(key), ticket => ticket is null, "the session to lapse");

        lapsed.Should().BeNull();
    }

    private static AuthenticationTicket Ticket(string moderatorId, DateTimeOffset expires) => new(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, moderatorId)], CookieAuthenticationDefaults.AuthenticationScheme)),
        new AuthenticationProperties { ExpiresUtc = expires },
        CookieAuthenticationDefaults.AuthenticationScheme);

    [Fact]
    public async Task Adding_unless_decided_adds_a_comment_neither_queued_nor_decided()
    {
        (await Queue.AddUnlessDecidedAsync(Item("c"), default)).Should().Be(new Queueing(true, null));

        (await Queue.FindAsync(Id("c"), default)).Should().NotBeNull();
    }

    [Fact]
    public async Task Adding_unless_decided_leaves_a_queued_comment_as_it_is()
    {
        await Queue.AddAsync(Item("c", priority: 40), default);

        (await Queue.AddUnlessDecidedAsync(Item("c", priority: 90), default)).Should().Be(new Queueing(false, null));

        (await Queue.FindAsync(Id("c"), default))!.Priority.Should().Be(40);
    }

    [Fact]
    public async Task Adding_unless_decided_returns_the_decided_item_and_queues_nothing()
    {
        var decided = Item("c").With(new TimelineEntry("decided", Noon, "mod-siti", "rejected (hate)"));
        await Queue.StoreDecidedAsync(decided, TimeSpan.FromHours(1), default);

        var queueing = await Queue.AddUnlessDecidedAsync(Item("c"), default);

        queueing.Added.Should().BeFalse();
        queueing.Decided.Should().BeEquivalentTo(decided);
        (await Queue.FindAsync(Id("c"), default)).Should().BeNull();
    }

    [Fact]
    public async Task The_audit_log_lists_newest_first_and_by_comment()
    {
        var comment = Id("c");
        await Audit.AppendAsync(new AuditEntry(Noon, "mod-siti", AuditActions.Opened, comment), default);
        await Audit.AppendAsync(new AuditEntry(Noon.AddSeconds(1), "mod-andi", AuditActions.Opened, Id("other")), default);
        await Audit.AppendAsync(new AuditEntry(Noon.AddSeconds(2), "mod-siti", AuditActions.Decided, comment, "rejected", "hate", "SARA", "flagged", "teks"), default);

        var entries = await Audit.ListAsync(comment, 10, default);

        entries.Select(e => e.Action).Should().Equal(AuditActions.Decided, AuditActions.Opened);
        entries[0].Should().Be(new AuditEntry(Noon.AddSeconds(2), "mod-siti", AuditActions.Decided, comment, "rejected", "hate", "SARA", "flagged", "teks"));
    }

    [Fact]
    public async Task An_audit_entry_appended_twice_under_one_key_is_kept_once()
    {
        var comment = Id("c");
        var entry = new AuditEntry(Noon, "mod-siti", AuditActions.Decided, comment, "rejected", "hate", null, "flagged", "teks");

        (await Audit.AppendOnceAsync($"key-{comment}", entry, default)).Should().BeTrue();
        (await Audit.AppendOnceAsync($"key-{comment}", entry, default)).Should().BeFalse();

        (await Audit.ListAsync(comment, 10, default)).Should().ContainSingle().Which.Should().Be(entry);
    }

    [Fact]
    public async Task An_author_s_history_counts_each_comment_once_with_the_moderator_s_outcome()
    {
        var author = Id("u");
        await Authors.RecordAsync(author, new AuthorComment("c1", "approved", Noon), default);
        await Authors.RecordAsync(author, new AuthorComment("c2", "flagged", Noon.AddMinutes(1)), default);
        await Authors.RecordAsync(author, new AuthorComment("c2", "flagged", Noon.AddMinutes(1)), default);
        await Authors.RecordAsync(author, new AuthorComment("c2", "rejected", Noon.AddMinutes(5), "mod-siti"), default);

        var history = await Authors.FindAsync(author, default);

        history.Comments.Should().Be(2);
        history.Rejections.Should().Be(1);
        history.Recent.Select(c => c.CommentId).Should().Equal("c2", "c1");
    }

    [Fact]
    public async Task A_batch_of_history_entries_goes_to_each_author_in_order()
    {
        var (author, other) = (Id("u"), Id("v"));
        await Authors.RecordAsync(
        [
            (author, new AuthorComment("c1", "approved", Noon)),
            (other, new AuthorComment("c2", "rejected", Noon.AddMinutes(1))),
            (author, new AuthorComment("c3", "flagged", Noon.AddMinutes(2))),
        ], default);

        var history = await Authors.FindAsync(author, default);
        var otherHistory = await Authors.FindAsync(other, default);

        history.Recent.Select(c => c.CommentId).Should().Equal("c3", "c1");
        otherHistory.Recent.Should().ContainSingle().Which.Outcome.Should().Be("rejected");
    }

    [Fact]
    public async Task An_author_s_history_keeps_only_the_latest_entries()
    {
        var author = Id("u");
        for (var i = 0; i < RedisAuthorHistoryStore.Kept + 3; i++)
        {
            await Authors.RecordAsync(author, new AuthorComment($"c{i}", i < 3 ? "rejected" : "approved", Noon.AddMinutes(i)), default);
        }

        var history = await Authors.FindAsync(author, default);

        history.Comments.Should().Be(RedisAuthorHistoryStore.Kept);
        history.Rejections.Should().Be(0, "the three oldest entries, the only rejections, fell out of the history");
        history.Recent[0].CommentId.Should().Be($"c{RedisAuthorHistoryStore.Kept + 2}");
    }

    private string Id(string name) => $"{_article}-{name}";

    private ReviewItem Item(string name, int priority = 80, DateTimeOffset? queuedAt = null, string category = "hate", string section = "politik", string author = "u-1") => new()
    {
        CommentId = Id(name),
        TextHash = "hash",
        Text = "Dasar Cina semua sama saja",
        ArticleId = _article,
        ArticleTitle = "Judul",
        Section = section,
        AuthorId = author,
        AuthorName = author + "-name",
        Status = ReviewStatus.Flagged,
        PreviousDecision = "flagged",
        Reasons = [new Reason(category, "UU ITE Pasal 28 ayat (2)", "model", 0.9, [new Evidence(6, 4, "Cina")])],
        Scores = new Dictionary<string, double> { [category] = 0.9 },
        Priority = priority,
        QueuedAt = queuedAt ?? Noon,
        DueAt = (queuedAt ?? Noon).AddHours(24),
        Timeline = [new TimelineEntry("flagged", queuedAt ?? Noon)],
    };
}
