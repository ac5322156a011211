using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Api;

public sealed class CommentsApiTests : IAsyncLifetime
{
    private readonly ServiceHost _host = ServiceHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_returns_the_decision_in_the_contract_shape()
    {
        var comment = Comments.Valid();

        var response = await _host.CreateClient().PostAsJsonAsync("/api/comments", comment);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("commentId").GetString().Should().Be((string)comment["commentId"]!);
        json.GetProperty("decision").GetString().Should().Be("approved");
        json.GetProperty("reasons").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Post_of_the_same_comment_twice_returns_the_one_recorded_decision()
    {
        var comment = Comments.Valid();
        var client = _host.CreateClient();

        var first = await (await client.PostAsJsonAsync("/api/comments", comment)).Content.ReadAsStringAsync();
        var second = await (await client.PostAsJsonAsync("/api/comments", comment)).Content.ReadAsStringAsync();

        second.Should().Be(first);
        (await MetricValues.SumAsync(_host.Metrics, "moderation_decisions_total")).Should().Be(1);
    }

    [Fact]
    public async Task Post_rejects_a_comment_over_the_length_limit_as_invalid()
    {
        var comment = Comments.Valid(text: new string('x', 5001));

        var json = await (await _host.CreateClient().PostAsJsonAsync("/api/comments", comment)).Content.ReadFromJsonAsync<JsonElement>();

        json.GetProperty("decision").GetString().Should().Be("rejected");
        json.GetProperty("reasons")[0].GetProperty("category").GetString().Should().Be("invalid");
    }

    [Fact]
    public async Task Post_without_a_comment_id_is_a_bad_request()
    {
        var comment = Comments.Valid();
        comment.Remove("commentId");

        var response = await _host.CreateClient().PostAsJsonAsync("/api/comments", comment);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_live_and_ready_answer_healthy_with_model_and_policy_loaded()
    {
        var client = _host.CreateClient();

        (await client.GetStringAsync("/health/live")).Should().Be("Healthy");
        (await client.GetStringAsync("/health/ready")).Should().Be("Healthy");
    }

    [Fact]
    public async Task Metrics_expose_decisions_latency_cache_ratio_and_errors()
    {
        var client = _host.CreateClient();
        await client.PostAsJsonAsync("/api/comments", Comments.Valid());

        var metrics = await client.GetStringAsync("/metrics");

        MetricText.Sum(metrics, "moderation_decisions_total{decision=\"approved\",category=\"none\"").Should().Be(1);
        MetricText.Sum(metrics, "moderation_decision_duration_seconds_count").Should().Be(1);
        metrics.Should().Contain("moderation_score_cache_hit_ratio").And.Contain("moderation_errors_total");
    }
}
