using Moderation.Contracts;
using Moderation.Pipeline;
using Moderation.Rules;
using Moderation.Scoring;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;

namespace Moderation.Service.Tests.Stores;

/// <summary>The behaviour every store implementation must have; run against the in-memory and the Redis implementations.</summary>
public abstract class StoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    protected abstract IDecisionStore Decisions { get; }

    protected abstract IScoreCache Scores { get; }

    protected abstract IAuthorVelocity Velocity { get; }

    protected abstract ICampaignTracker Campaigns { get; }

    [Fact]
    public async Task Finds_no_decision_for_an_unknown_comment()
    {
        (await Decisions.FindAsync(DecisionKey.For(Unique("c"), "text"), default)).Should().BeNull();
    }

    [Fact]
    public async Task Finds_a_recorded_decision_with_every_field()
    {
        var key = DecisionKey.For(Unique("c"), "text");
        var decision = Flagged(key.CommentId);

        await Decisions.RecordAsync(key, decision, default);

        (await Decisions.FindAsync(key, default)).Should().BeEquivalentTo(decision, o => o.RespectingRuntimeTypes());
    }

    [Fact]
    public async Task The_first_recorded_decision_stands()
    {
        var key = DecisionKey.For(Unique("c"), "text");
        var first = Approved(key.CommentId);

        await Decisions.RecordAsync(key, first, default);
        var standing = await Decisions.RecordAsync(key, Flagged(key.CommentId), default);

        standing.Should().BeOfType<CommentApproved>();
        (await Decisions.FindAsync(key, default)).Should().BeOfType<CommentApproved>();
    }

    [Fact]
    public async Task The_same_comment_with_another_text_is_another_decision()
    {
        var id = Unique("c");
        await Decisions.RecordAsync(DecisionKey.For(id, "first text"), Approved(id), default);

        (await Decisions.FindAsync(DecisionKey.For(id, "edited text"), default)).Should().BeNull();
    }

    [Fact]
    public async Task A_recorded_decision_is_not_published_until_marked()
    {
        var key = DecisionKey.For(Unique("c"), "text");

        await Decisions.RecordAsync(key, Approved(key.CommentId), default);

        (await Decisions.WerePublishedAsync([key], default)).Should().Equal(false);
    }

    [Fact]
    public async Task A_decision_marked_published_is_found_published_and_only_that_one()
    {
        var marked = DecisionKey.For(Unique("c"), "text");
        var other = DecisionKey.For(marked.CommentId, "edited text");
        await Decisions.RecordAsync(marked, Approved(marked.CommentId), default);
        await Decisions.RecordAsync(other, Approved(marked.CommentId), default);

        Decisions.MarkPublished([marked]);

        // The note is not waited for (fire-and-forget in Redis); the next lookup sees it.
        (await Decisions.WerePublishedAsync([marked, other], default)).Should().Equal(true, false);
    }

    [Fact]
    public async Task The_score_cache_returns_scores_drivers_and_rule_hits_as_stored()
    {
        var key = Unique("score");
        ScoreDriver[] drivers = [.. Enumerable.Range(0, 3 * HeadScores.DriversPerHead).Select(i => new ScoreDriver(i * 7, 0.5f / (i + 1)))];
        var assessment = new TextAssessment(
            new HeadScores(["HS", "Abusive", "gambling"], [0.25f, 0.5f, 0.125f], drivers),
            [new RuleHit("rule:threat", TextView.Canonical, 3, 7, 0.9, "kill")]);

        await Scores.StoreAsync(key, assessment, default);
        var found = await Scores.FindAsync(key, default);

        found.Should().NotBeNull();
        found!.Scores.Heads.Should().Equal("HS", "Abusive", "gambling");
        found.Scores.Values.Should().Equal(0.25f, 0.5f, 0.125f);
        found.Scores.Drivers.Should().Equal(drivers);
        found.RuleHits.Should().Equal(new RuleHit("rule:threat", TextView.Canonical, 3, 7, 0.9, "kill"));
    }

    [Fact]
    public async Task The_score_cache_misses_an_unknown_text()
    {
        (await Scores.FindAsync(Unique("score"), default)).Should().BeNull();
    }

    [Fact]
    public async Task Velocity_counts_an_author_s_comments_within_the_window()
    {
        var author = Unique("u");
        var window = TimeSpan.FromMinutes(1);

        await Velocity.RecordAsync(author, "c1", Noon, window, default);
        await Velocity.RecordAsync(author, "c2", Noon.AddSeconds(10), window, default);
        var count = await Velocity.RecordAsync(author, "c3", Noon.AddSeconds(20), window, default);

        count.Should().Be(3);
    }

    [Fact]
    public async Task Velocity_counts_a_redelivered_comment_once()
    {
        var author = Unique("u");
        var window = TimeSpan.FromMinutes(1);

        await Velocity.RecordAsync(author, "c1", Noon, window, default);
        var count = await Velocity.RecordAsync(author, "c1", Noon.AddSeconds(1), window, default);

        count.Should().Be(1);
    }

    [Fact]
    public async Task Velocity_forgets_comments_older_than_the_window()
    {
        var author = Unique("u");
        var window = TimeSpan.FromMinutes(1);

        await Velocity.RecordAsync(author, "c1", Noon, window, default);
        await Velocity.RecordAsync(author, "c2", Noon.AddSeconds(30), window, default);
        var count = await Velocity.RecordAsync(author, "c3", Noon.AddSeconds(75), window, default);

        count.Should().Be(2);
    }

    [Fact]
    public async Task A_campaign_counts_distinct_authors_of_one_text()
    {
        var fingerprint = Unique("fp");
        var window = TimeSpan.FromMinutes(10);

        await Campaigns.RecordAsync(fingerprint, "u1", Noon, window, default);
        await Campaigns.RecordAsync(fingerprint, "u1", Noon.AddSeconds(5), window, default);
        await Campaigns.RecordAsync(fingerprint, "u2", Noon.AddSeconds(10), window, default);
        var count = await Campaigns.RecordAsync(fingerprint, "u3", Noon.AddSeconds(15), window, default);

        count.Should().Be(3);
    }

    [Fact]
    public async Task A_campaign_forgets_authors_older_than_the_window()
    {
        var fingerprint = Unique("fp");
        var window = TimeSpan.FromMinutes(10);

        await Campaigns.RecordAsync(fingerprint, "u1", Noon, window, default);
        var count = await Campaigns.RecordAsync(fingerprint, "u2", Noon.AddMinutes(11), window, default);

        count.Should().Be(1);
    }

    [Fact]
    public async Task Campaigns_of_different_texts_are_counted_apart()
    {
        var window = TimeSpan.FromMinutes(10);

        await Campaigns.RecordAsync(Unique("fp"), "u1", Noon, window, default);
        var count = await Campaigns.RecordAsync(Unique("fp"), "u2", Noon, window, default);

        count.Should().Be(1);
    }

    [Fact]
    public async Task Finds_the_decisions_of_a_batch_in_order_with_null_for_an_unknown_comment()
    {
        var first = DecisionKey.For(Unique("c"), "text");
        var unknown = DecisionKey.For(Unique("c"), "text");
        var last = DecisionKey.For(Unique("c"), "text");
        await Decisions.RecordAsync([(first, Approved(first.CommentId)), (last, Flagged(last.CommentId))], default);

        var found = await Decisions.FindAsync([first, unknown, last], default);

        found.Should().HaveCount(3);
        found[0].Should().BeOfType<CommentApproved>().Which.CommentId.Should().Be(first.CommentId);
        found[1].Should().BeNull();
        found[2].Should().BeOfType<CommentFlagged>().Which.CommentId.Should().Be(last.CommentId);
    }

    [Fact]
    public async Task Within_one_batch_the_first_decision_of_a_key_stands_for_both_entries()
    {
        var key = DecisionKey.For(Unique("c"), "text");

        var standing = await Decisions.RecordAsync([(key, Approved(key.CommentId)), (key, Flagged(key.CommentId))], default);

        standing.Should().HaveCount(2);
        standing[0].Should().BeOfType<CommentApproved>();
        standing[1].Should().BeOfType<CommentApproved>();
    }

    [Fact]
    public async Task A_batch_keeps_a_decision_recorded_before_it()
    {
        var key = DecisionKey.For(Unique("c"), "text");
        var other = DecisionKey.For(Unique("c"), "text");
        await Decisions.RecordAsync(key, Approved(key.CommentId), default);

        var standing = await Decisions.RecordAsync([(other, Flagged(other.CommentId)), (key, Flagged(key.CommentId))], default);

        standing[0].Should().BeOfType<CommentFlagged>();
        standing[1].Should().BeOfType<CommentApproved>();
    }

    [Fact]
    public async Task The_score_cache_finds_a_batch_in_order_with_null_for_a_miss()
    {
        var (first, miss, last) = (Unique("score"), Unique("score"), Unique("score"));
        await Scores.StoreAsync([(first, Assessment(0.25f)), (last, Assessment(0.75f))], default);

        var found = await Scores.FindAsync([first, miss, last], default);

        found[0]!.Scores.Values.Should().Equal(0.25f);
        found[1].Should().BeNull();
        found[2]!.Scores.Values.Should().Equal(0.75f);
    }

    [Fact]
    public async Task Velocity_of_a_batch_counts_the_earlier_comments_of_the_same_author_in_it()
    {
        var (author, other) = (Unique("u"), Unique("u"));

        var counts = await Velocity.RecordAsync([(author, "c1"), (other, "c2"), (author, "c3"), (author, "c1")], Noon, TimeSpan.FromMinutes(1), default);

        counts.Should().Equal(1, 1, 2, 2);
    }

    [Fact]
    public async Task A_campaign_batch_counts_distinct_authors_in_order()
    {
        var (fingerprint, other) = (Unique("fp"), Unique("fp"));

        var counts = await Campaigns.RecordAsync([(fingerprint, "u1"), (fingerprint, "u2"), (other, "u1"), (fingerprint, "u1")], Noon, TimeSpan.FromMinutes(10), default);

        counts.Should().Equal(1, 2, 1, 2);
    }

    [Fact]
    public async Task An_empty_batch_touches_nothing()
    {
        (await Decisions.FindAsync(Array.Empty<DecisionKey>(), default)).Should().BeEmpty();
        (await Decisions.RecordAsync(Array.Empty<(DecisionKey, CommentDecision)>(), default)).Should().BeEmpty();
        (await Scores.FindAsync(Array.Empty<string>(), default)).Should().BeEmpty();
        (await Velocity.RecordAsync(Array.Empty<(string, string)>(), Noon, TimeSpan.FromMinutes(1), default)).Should().BeEmpty();
    }

    private static TextAssessment Assessment(float score) => new(new HeadScores(["HS"], [score]), []);

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private static CommentApproved Approved(string id) => new()
    {
        CommentId = id, ArticleId = "a-1", AuthorId = "u-1", Decision = "approved", Reasons = [],
        Scores = new Dictionary<string, double> { ["hate"] = 0.01 }, Priority = 0,
        ModelVersion = "m1", PolicyVersion = "p1", DecidedAt = Noon,
    };

    private static CommentFlagged Flagged(string id) => new()
    {
        CommentId = id, ArticleId = "a-1", AuthorId = "u-1", Decision = "flagged",
        Reasons = [new Reason("hate", "UU ITE Pasal 28 ayat (2)", "model", 0.93, [new Evidence(6, 4, "Cina")])],
        Scores = new Dictionary<string, double> { ["hate"] = 0.93, ["profanity"] = 0.41 }, Priority = 80,
        ModelVersion = "m1", PolicyVersion = "p1", DecidedAt = Noon.AddMilliseconds(12), CampaignId = "cmp-0123456789abcdef",
    };
}
