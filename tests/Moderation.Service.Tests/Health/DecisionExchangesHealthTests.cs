using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Health;
using Moderation.Service.Messaging;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Health;

public sealed class DecisionExchangesHealthTests : IAsyncLifetime
{
    // Nothing listens on port 1: every connection attempt is refused at once.
    private readonly RabbitDecisionExchanges _exchanges = new(
        BrokerAddress.Parse("amqp://moderation:secret@127.0.0.1:1/moderation"), NullLogger<RabbitDecisionExchanges>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _exchanges.DisposeAsync();

    [Fact]
    public async Task Is_healthy_before_the_first_decision_opens_the_connection()
    {
        var result = await new DecisionExchangesHealthCheck(_exchanges).CheckHealthAsync(new HealthCheckContext());

        result.Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task Is_unhealthy_and_says_why_when_decisions_cannot_reach_the_broker()
    {
        var publishing = () => _exchanges.PublishAsync(DecisionKey.For("c-1", "teks"), SampleDecisions.Of("approved"), CancellationToken.None);
        await publishing.Should().ThrowAsync<Exception>();

        var result = await new DecisionExchangesHealthCheck(_exchanges).CheckHealthAsync(new HealthCheckContext());

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().StartWith("cannot connect");
    }
}
