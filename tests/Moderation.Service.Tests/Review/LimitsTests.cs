using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

/// <summary>Every field and list has a limit, a reporter counts once per comment, and reader reports are rate-limited.</summary>
public sealed class LimitsTests : IAsyncLifetime
{
    private readonly ServiceHost _host = ServiceHost.InMemory(("Review:ReportsPerMinute", "5"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("text")]
    [InlineData("authorName")]
    [InlineData("reason")]
    [InlineData("articleTitle")]
    public async Task A_report_with_an_over_long_field_is_refused_naming_it(string field)
    {
        var report = new Dictionary<string, object?> { ["commentId"] = Comments.NewId(), [field] = new string('x', 6000) };

        var response = await _host.CreateClient().PostAsJsonAsync("/api/reports", report);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain(field);
    }

    [Fact]
    public async Task Repeated_reports_of_one_comment_by_one_reporter_make_one_timeline_entry()
    {
        var id = Comments.NewId();
        var client = _host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/reports", new { commentId = id, reason = "spam", reportedBy = "reader-9" })).EnsureSuccessStatusCode();
        }

        (await client.PostAsJsonAsync("/api/reports", new { commentId = id, reason = "spam", reportedBy = "reader-10" })).EnsureSuccessStatusCode();

        var siti = await ReviewClient.SignedInAsync(_host, Moderators.Siti);
        var timeline = (await siti.Http.GetFromJsonAsync<JsonElement>($"/api/review/items/{id}")).GetProperty("item").GetProperty("timeline");
        timeline.EnumerateArray().Select(e => e.GetProperty("by").GetString()).Should().Equal("reader-9", "reader-10");
    }

    [Fact]
    public async Task Reader_reports_beyond_the_rate_limit_get_429_with_retry_after()
    {
        var client = _host.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/reports", new { commentId = Comments.NewId(), reason = "spam" }));
        }

        answers.Take(5).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Accepted);
        answers[5].StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        answers[5].Headers.RetryAfter!.Delta.Should().BePositive();
        answers[5].Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_decision_note_and_a_takedown_order_over_their_limits_are_refused()
    {
        var rina = await ReviewClient.SignedInAsync(_host, Moderators.Rina);
        var ids = Enumerable.Range(0, 501).Select(i => $"c-{i}").ToArray();

        var order = await rina.Http.PostAsJsonAsync("/api/review/takedowns", new { reference = "KOMDIGI-1", commentIds = ids, urgent = false });
        var note = await rina.DecideAsync(Comments.NewId(), "approved", note: new string('n', 1001));

        order.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        note.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_comment_with_an_over_long_author_name_is_rejected_as_invalid()
    {
        var comment = Comments.Valid();
        comment["authorName"] = new string('a', 1000);

        var decision = await (await _host.CreateClient().PostAsJsonAsync("/api/comments", comment)).Content.ReadFromJsonAsync<JsonElement>();

        decision.GetProperty("decision").GetString().Should().Be("rejected");
        decision.GetProperty("reasons")[0].GetProperty("category").GetString().Should().Be("invalid");
        decision.GetProperty("reasons")[0].GetProperty("detail").GetString().Should().Contain("authorName");
    }
}
