using System.Text.Json;
using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

public sealed class DecisionEventTests(BusFixture bus) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task Publishes_a_raw_json_decision_with_the_contract_fields()
    {
        var comment = Comments.Valid();
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.ContentType.Should().Be("application/json");
        decision.Exchange.Should().Be(ModerationTopology.CommentApprovedExchange);
        var json = decision.Json;
        json.GetProperty("commentId").GetString().Should().Be((string)comment["commentId"]!);
        json.GetProperty("articleId").GetString().Should().Be("a-7421");
        json.GetProperty("authorId").GetString().Should().Be("u-42");
        json.GetProperty("decision").GetString().Should().Be("approved");
        json.GetProperty("reasons").GetArrayLength().Should().Be(0);
        json.GetProperty("scores").ValueKind.Should().Be(JsonValueKind.Object);
        json.GetProperty("priority").GetInt32().Should().Be(0);
        json.GetProperty("modelVersion").GetString().Should().NotBeNullOrEmpty();
        json.GetProperty("policyVersion").GetString().Should().NotBeNullOrEmpty();
        json.GetProperty("decidedAt").GetDateTimeOffset().Should().BeAfter(DateTimeOffset.UnixEpoch);
        json.TryGetProperty("message", out _).Should().BeFalse("the body is the event itself, not a MassTransit envelope");
    }

    [Fact]
    public async Task Writes_decided_at_in_utc_with_a_z_as_the_contract_shows()
    {
        var comment = Comments.Valid();
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.Json.GetProperty("decidedAt").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
    }

    [Fact]
    public async Task Readiness_is_healthy_with_broker_redis_model_and_policy()
    {
        var ready = await bus.Host.CreateClient().GetStringAsync("/health/ready");

        ready.Should().Be("Healthy");
    }

    [Fact]
    public async Task Readiness_includes_the_decisions_own_connection_once_a_decision_was_published()
    {
        var comment = Comments.Valid();
        await bus.Probe.PublishAsync(comment);
        await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        var health = JsonDocument.Parse(await bus.Host.CreateClient().GetStringAsync("/health")).RootElement;

        var check = health.GetProperty("checks").GetProperty("decision-exchanges");
        check.GetProperty("status").GetString().Should().Be("Healthy");
        check.GetProperty("description").GetString().Should().Be("channel open");
    }

    [Fact]
    public async Task Carries_the_message_id_derived_from_comment_id_and_text_hash()
    {
        var comment = Comments.Valid();
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        var expected = DecisionKey.For((string)comment["commentId"]!, (string)comment["text"]!).MessageId;
        Guid.Parse(decision.MessageId!).Should().Be(expected);
    }

    [Fact]
    public async Task Rejects_empty_text_as_invalid_with_a_detail()
    {
        var comment = Comments.Valid(text: "");
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.Exchange.Should().Be(ModerationTopology.CommentRejectedExchange);
        decision.Decision.Should().Be("rejected");
        var reason = decision.Json.GetProperty("reasons")[0];
        reason.GetProperty("category").GetString().Should().Be("invalid");
        reason.GetProperty("law").ValueKind.Should().Be(JsonValueKind.Null);
        reason.GetProperty("detail").GetString().Should().Contain("text is empty");
    }

    [Fact]
    public async Task Rejects_text_over_the_limit_as_invalid()
    {
        var comment = Comments.Valid(text: new string('a', 5001));
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.Decision.Should().Be("rejected");
        decision.Json.GetProperty("reasons")[0].GetProperty("detail").GetString().Should().Contain("5001").And.Contain("5000");
    }

    [Fact]
    public async Task Rejects_a_comment_missing_a_required_field_as_invalid()
    {
        var comment = Comments.Valid();
        comment.Remove("authorId");
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.Decision.Should().Be("rejected");
        decision.Json.GetProperty("reasons")[0].GetProperty("category").GetString().Should().Be("invalid");
        decision.Json.GetProperty("reasons")[0].GetProperty("detail").GetString().Should().Contain("authorId");
    }

    [Fact]
    public async Task Ignores_unknown_fields()
    {
        var comment = Comments.Valid();
        comment["somethingNew"] = new { nested = true };
        await bus.Probe.PublishAsync(comment);

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.Decision.Should().Be("approved");
    }

    [Fact]
    public async Task Accepts_a_comment_published_through_masstransit_by_a_dotnet_client()
    {
        var comment = Comments.Valid();
        var envelope = new Dictionary<string, object?>
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["messageType"] = new[] { "urn:message:Moderation.Contracts:CommentSubmitted" },
            ["message"] = comment,
        };
        await bus.Probe.PublishAsync(JsonSerializer.Serialize(envelope), "application/vnd.masstransit+json");

        var decision = await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        decision.Decision.Should().Be("approved");
    }
}
