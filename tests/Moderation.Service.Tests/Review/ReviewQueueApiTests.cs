using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

public sealed class ReviewQueueApiTests(ReviewFixture review) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task A_flagged_comment_waits_with_its_reasons_evidence_scores_and_article()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);

        var view = await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}");

        var item = view.GetProperty("item");
        item.GetProperty("status").GetString().Should().Be("flagged");
        item.GetProperty("text").GetString().Should().Be("Dasar Cina semua sama saja");
        item.GetProperty("articleTitle").GetString().Should().StartWith("Putin");
        var reason = item.GetProperty("reasons")[0];
        reason.GetProperty("law").GetString().Should().Be("UU ITE Pasal 28 ayat (2)");
        reason.GetProperty("evidence")[0].GetProperty("start").GetInt32().Should().Be(6);
        item.GetProperty("scores").GetProperty("hate").GetDouble().Should().Be(0.93);
        item.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()).Should().Equal("received", "flagged");
    }

    [Fact]
    public async Task A_comment_flagged_on_the_bus_enters_the_queue_before_its_decision_is_published()
    {
        // The placeholder policy approves everything, so the flagged decision is recorded first: the consumer then
        // replays it exactly as it would publish a fresh one.
        var (comment, flagged) = FlaggedComments.Hate();
        var key = DecisionKey.For(comment.CommentId!, comment.Text);
        await review.Host.Services.GetRequiredService<IDecisionStore>().RecordAsync(key, flagged, default);

        await review.Probe.PublishAsync(JsonSerializer.Serialize(comment, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var decision = await review.Probe.WaitForAsync(comment.CommentId!);

        decision.Decision.Should().Be("flagged");
        var siti = await review.SignInAsync(Moderators.Siti);
        var item = (await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{comment.CommentId}")).GetProperty("item");
        item.GetProperty("status").GetString().Should().Be("flagged");
        item.GetProperty("authorName").GetString().Should().Be(comment.AuthorName);
        item.GetProperty("section").GetString().Should().Be(comment.Section);
    }

    [Fact]
    public async Task The_queue_lists_higher_priority_first_then_older_first()
    {
        var article = $"a-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        var low = await review.FlagAsync(FlaggedComments.Hate(articleId: article, priority: 30, decidedAt: now.AddMinutes(-10)));
        var highNew = await review.FlagAsync(FlaggedComments.Hate(articleId: article, priority: 90, decidedAt: now));
        var highOld = await review.FlagAsync(FlaggedComments.Hate(articleId: article, priority: 90, decidedAt: now.AddMinutes(-5)));
        var siti = await review.SignInAsync(Moderators.Siti);

        var queue = await siti.QueueAsync($"?article={article}");

        queue.EnumerateArray().Select(r => r.GetProperty("item").GetProperty("commentId").GetString()).Should().Equal(highOld, highNew, low);
    }

    [Fact]
    public async Task The_queue_filters_by_category_and_section_and_finds_an_author()
    {
        var article = $"a-{Guid.NewGuid():N}";
        var author = $"u-{Guid.NewGuid():N}";
        var wanted = await review.FlagAsync(FlaggedComments.Hate(articleId: article, section: "politik", authorId: author));
        await review.FlagAsync(FlaggedComments.Hate(articleId: article, section: "olahraga"));
        await review.FlagAsync(FlaggedComments.Hate(articleId: article, section: "politik", category: "threat", text: "awas kau"));
        var siti = await review.SignInAsync(Moderators.Siti);

        var filtered = await siti.QueueAsync($"?article={article}&category=hate&section=politik");
        var searched = await siti.QueueAsync($"?q={author}");

        filtered.EnumerateArray().Select(r => r.GetProperty("item").GetProperty("commentId").GetString()).Should().Equal(wanted);
        searched.EnumerateArray().Select(r => r.GetProperty("item").GetProperty("commentId").GetString()).Should().Equal(wanted);
    }

    [Fact]
    public async Task An_item_past_its_due_time_is_shown_overdue()
    {
        var article = $"a-{Guid.NewGuid():N}";
        var late = await review.FlagAsync(FlaggedComments.Hate(articleId: article, decidedAt: DateTimeOffset.UtcNow.AddHours(-25)));
        var fresh = await review.FlagAsync(FlaggedComments.Hate(articleId: article));
        var siti = await review.SignInAsync(Moderators.Siti);

        var queue = (await siti.QueueAsync($"?article={article}")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("item").GetProperty("commentId").GetString()!, r => r.GetProperty("overdue").GetBoolean());

        queue[late].Should().BeTrue();
        queue[fresh].Should().BeFalse();
    }

    [Fact]
    public async Task A_second_moderator_opening_a_held_item_gets_409()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        var andi = await review.SignInAsync(Moderators.Andi);
        (await siti.HoldAsync(id)).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await andi.HoldAsync(id);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain(Moderators.Siti);
    }

    [Fact]
    public async Task A_second_moderator_deciding_a_held_item_gets_409_and_the_holder_still_decides()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        var andi = await review.SignInAsync(Moderators.Andi);
        await siti.HoldAsync(id);

        (await andi.DecideAsync(id, "approved")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await siti.DecideAsync(id, "rejected", "hate")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deciding_an_already_decided_comment_gets_409_naming_who_decided()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        var andi = await review.SignInAsync(Moderators.Andi);
        await siti.DecideAsync(id, "rejected", "hate");

        var response = await andi.DecideAsync(id, "approved");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain(Moderators.Siti);
    }

    [Fact]
    public async Task A_rejection_without_a_category_is_a_bad_request()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);

        (await siti.DecideAsync(id, "rejected")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_decision_publishes_comment_reviewed_once_per_the_wire_contract()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        var andi = await review.SignInAsync(Moderators.Andi);

        await siti.DecideAsync(id, "rejected", "hate", "SARA");
        await andi.DecideAsync(id, "approved");
        var reviewed = await review.ReviewedAsync(id);
        // A later decision's event arrives after any second event of the first would have: then count.
        var marker = await review.FlagAsync(FlaggedComments.Hate());
        await siti.DecideAsync(marker, "approved");
        await review.ReviewedAsync(marker);

        review.Probe.ReviewedFor(id).Should().ContainSingle();
        reviewed.ContentType.Should().Be("application/json");
        var json = reviewed.Json;
        json.GetProperty("commentId").GetString().Should().Be(id);
        json.GetProperty("outcome").GetString().Should().Be("rejected");
        json.GetProperty("category").GetString().Should().Be("hate");
        json.GetProperty("moderatorId").GetString().Should().Be(Moderators.Siti);
        json.GetProperty("note").GetString().Should().Be("SARA");
        json.GetProperty("previousDecision").GetString().Should().Be("flagged");
        json.GetProperty("reviewedAt").GetDateTimeOffset().Should().BeAfter(DateTimeOffset.UtcNow.AddMinutes(-5));
        Guid.TryParse(reviewed.MessageId, out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_decision_removes_the_item_from_the_queue_and_keeps_its_timeline()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        await siti.HoldAsync(id);

        await siti.DecideAsync(id, "rejected", "hate");

        (await siti.QueueAsync($"?q={id}")).GetArrayLength().Should().Be(0);
        var view = await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}");
        view.GetProperty("queued").GetBoolean().Should().BeFalse();
        var timeline = view.GetProperty("item").GetProperty("timeline").EnumerateArray().ToList();
        timeline.Select(e => e.GetProperty("event").GetString()).Should().Equal("received", "flagged", "opened", "decided");
        timeline[^1].GetProperty("by").GetString().Should().Be(Moderators.Siti);
    }

    [Fact]
    public async Task Every_action_is_in_the_audit_log_with_the_moderator_and_the_previous_decision()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        await siti.HoldAsync(id);
        await siti.DecideAsync(id, "rejected", "hate", "SARA");
        var rina = await review.SignInAsync(Moderators.Rina);

        var audit = await rina.Http.GetFromJsonAsync<JsonElement>($"/api/review/audit?commentId={id}");

        var entries = audit.EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).Should().Equal("decided", "opened");
        entries.Should().AllSatisfy(e => e.GetProperty("moderatorId").GetString().Should().Be(Moderators.Siti));
        entries[0].GetProperty("outcome").GetString().Should().Be("rejected");
        entries[0].GetProperty("category").GetString().Should().Be("hate");
        entries[0].GetProperty("previousDecision").GetString().Should().Be("flagged");
        entries[0].GetProperty("text").GetString().Should().Be("Dasar Cina semua sama saja", "every decision is a labelled example");
    }

    [Fact]
    public async Task The_item_shows_the_author_s_recent_rejections()
    {
        var author = $"u-{Guid.NewGuid():N}";
        var first = await review.FlagAsync(FlaggedComments.Hate(authorId: author));
        var second = await review.FlagAsync(FlaggedComments.Hate(authorId: author));
        var siti = await review.SignInAsync(Moderators.Siti);
        await siti.DecideAsync(first, "rejected", "hate");

        var view = await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{second}");

        view.GetProperty("author").GetProperty("comments").GetInt32().Should().Be(2);
        view.GetProperty("author").GetProperty("rejections").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Rejecting_a_campaign_decides_all_its_comments_in_one_step()
    {
        var campaign = $"cmp-{Guid.NewGuid():N}"[..20];
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await review.FlagAsync(FlaggedComments.Hate(authorId: $"u-spam-{i}", campaignId: campaign, category: "spam", text: "Daftar sekarang bonus besar")));
        }

        var siti = await review.SignInAsync(Moderators.Siti);

        var response = await siti.Http.PostAsJsonAsync($"/api/review/campaigns/{campaign}/decision", new { outcome = "rejected", category = "spam" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("decided").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(ids);
        (await siti.QueueAsync($"?campaign={campaign}")).GetArrayLength().Should().Be(0);
        foreach (var id in ids)
        {
            (await review.ReviewedAsync(id)).Json.GetProperty("outcome").GetString().Should().Be("rejected");
        }
    }
}
