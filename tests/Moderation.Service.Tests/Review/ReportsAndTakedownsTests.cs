using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Review;

public sealed class ReportsAndTakedownsTests(ReviewFixture review) : IClassFixture<ReviewFixture>
{
    [Fact]
    public async Task A_reader_report_puts_a_published_comment_back_as_reported_due_within_48_hours()
    {
        var id = Comments.NewId();
        var before = DateTimeOffset.UtcNow;

        var response = await review.Host.CreateClient().PostAsJsonAsync("/api/reports", new
        {
            commentId = id, articleId = "a-1", articleTitle = "Judul", section = "politik", authorId = "u-7", authorName = "andi",
            text = "Komentar yang dilaporkan", reason = "ujaran kebencian", reportedBy = "reader-9",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var siti = await review.SignInAsync(Moderators.Siti);
        var item = (await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}")).GetProperty("item");
        item.GetProperty("status").GetString().Should().Be("reported");
        item.GetProperty("previousDecision").GetString().Should().Be("approved");
        item.GetProperty("dueAt").GetDateTimeOffset().Should().BeOnOrAfter(before.AddHours(48)).And.BeOnOrBefore(DateTimeOffset.UtcNow.AddHours(48));
        item.GetProperty("timeline")[0].GetProperty("event").GetString().Should().Be("reported");
    }

    [Fact]
    public async Task A_report_on_a_decided_comment_reopens_it_and_ends_in_another_review()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate());
        var siti = await review.SignInAsync(Moderators.Siti);
        await siti.DecideAsync(id, "approved");

        await review.Host.CreateClient().PostAsJsonAsync("/api/reports", new { commentId = id, reason = "menghina" });
        await siti.DecideAsync(id, "rejected", "hate");

        var reviewed = await Eventually.GetAsync(() => Task.FromResult(review.Probe.ReviewedFor(id)), m => m.Count == 2, TimeSpan.FromSeconds(30), "two reviews");
        reviewed.Select(m => m.MessageId).Distinct().Should().HaveCount(2, "each round of review is its own event");
        reviewed.Select(m => m.Json.GetProperty("previousDecision").GetString()).Should().BeEquivalentTo("flagged", "approved");
    }

    [Fact]
    public async Task A_report_without_a_comment_id_is_a_bad_request()
    {
        (await review.Host.CreateClient().PostAsJsonAsync("/api/reports", new { reason = "x" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_urgent_takedown_order_is_due_within_4_hours_at_the_top_of_the_queue()
    {
        var id = await review.FlagAsync(FlaggedComments.Hate(priority: 10));
        var rina = await review.SignInAsync(Moderators.Rina);
        var before = DateTimeOffset.UtcNow;

        var response = await rina.Http.PostAsJsonAsync("/api/review/takedowns", new { reference = "KOMDIGI/2026/0042", commentIds = new[] { id }, urgent = true });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var item = (await rina.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}")).GetProperty("item");
        item.GetProperty("status").GetString().Should().Be("takedown");
        item.GetProperty("takedownReference").GetString().Should().Be("KOMDIGI/2026/0042");
        item.GetProperty("dueAt").GetDateTimeOffset().Should().BeOnOrAfter(before.AddHours(4)).And.BeOnOrBefore(DateTimeOffset.UtcNow.AddHours(4));
        (await rina.QueueAsync())[0].GetProperty("item").GetProperty("commentId").GetString().Should().Be(id);
    }

    [Fact]
    public async Task An_ordinary_takedown_order_is_due_within_24_hours()
    {
        var id = Comments.NewId();
        var rina = await review.SignInAsync(Moderators.Rina);
        var before = DateTimeOffset.UtcNow;

        await rina.Http.PostAsJsonAsync("/api/review/takedowns", new { reference = "KOMDIGI/2026/0043", commentIds = new[] { id }, urgent = false });

        var item = (await rina.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}")).GetProperty("item");
        item.GetProperty("dueAt").GetDateTimeOffset().Should().BeOnOrAfter(before.AddHours(24)).And.BeOnOrBefore(DateTimeOffset.UtcNow.AddHours(24));
    }

    [Fact]
    public async Task A_takedown_order_is_audited_with_the_admin_s_id()
    {
        var reference = $"KOMDIGI/{Guid.NewGuid():N}";
        var rina = await review.SignInAsync(Moderators.Rina);

        await rina.Http.PostAsJsonAsync("/api/review/takedowns", new { reference, commentIds = new[] { Comments.NewId() }, urgent = false });

        var audit = await rina.Http.GetFromJsonAsync<JsonElement>("/api/review/audit?limit=50");
        audit.EnumerateArray().Should().Contain(e => e.GetProperty("action").GetString() == "takedown"
            && e.GetProperty("moderatorId").GetString() == Moderators.Rina && e.GetProperty("detail").GetString()!.Contains(reference));
    }
}
