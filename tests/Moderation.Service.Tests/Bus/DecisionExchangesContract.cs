using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Messaging;
using Moderation.Service.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Testing;

namespace Moderation.Service.Tests.Bus;

/// <summary>What the CMS sees of a published decision, whichever way it was published: run against the service's own
/// RabbitMQ.Client publisher and against MassTransit's (the embedded default's) on the same broker.</summary>
public abstract class DecisionExchangesContract : IAsyncLifetime
{
    private DedicatedBus _bus = null!;

    private IDecisionExchanges Exchanges => _bus.Services.GetRequiredService<IDecisionExchanges>();

    protected abstract string Name { get; }

    protected abstract void Replace(IServiceCollection services);

    public async Task InitializeAsync() => _bus = await DedicatedBus.StartAsync(Name, Replace);

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Theory]
    [InlineData("approved", ModerationTopology.CommentApprovedExchange)]
    [InlineData("flagged", ModerationTopology.CommentFlaggedExchange)]
    [InlineData("rejected", ModerationTopology.CommentRejectedExchange)]
    public async Task Publishes_each_decision_to_the_exchange_of_its_kind(string kind, string exchange)
    {
        var key = DecisionKey.For(Unique(), "teks komentar");

        await Exchanges.PublishAsync(key, SampleDecisions.Of(kind, key.CommentId), default);

        (await _bus.Probe.WaitForAsync(key.CommentId)).Exchange.Should().Be(exchange);
    }

    [Fact]
    public async Task Carries_the_keys_message_id_as_persistent_json()
    {
        var key = DecisionKey.For(Unique(), "teks komentar");

        await Exchanges.PublishAsync(key, SampleDecisions.Of("flagged", key.CommentId), default);

        var message = await _bus.Probe.WaitForAsync(key.CommentId);
        message.MessageId.Should().Be(key.MessageId.ToString());
        message.ContentType.Should().Be("application/json");
        message.Persistent.Should().BeTrue("a decision must survive a broker restart");
    }

    [Fact]
    public async Task The_body_is_the_event_itself_with_every_field()
    {
        var key = DecisionKey.For(Unique(), "teks komentar");
        var decision = SampleDecisions.Of("flagged", key.CommentId);

        await Exchanges.PublishAsync(key, decision, default);

        var message = await _bus.Probe.WaitForAsync(key.CommentId);
        DecisionJson.Deserialize(message.Body).Should().BeEquivalentTo(decision, o => o.RespectingRuntimeTypes());
        message.Json.TryGetProperty("message", out _).Should().BeFalse("the body is the event, not a MassTransit envelope");
    }

    [Fact]
    public async Task Publishes_again_after_a_publish_to_a_deleted_exchange_closed_the_channel()
    {
        var before = DecisionKey.For(Unique(), "teks komentar");
        await Exchanges.PublishAsync(before, SampleDecisions.Of("approved", before.CommentId), default);
        await _bus.Probe.WaitForAsync(before.CommentId);

        // An operator deletes the exchange: the broker answers the next publish to it by closing the channel (404). Whether
        // that publish fails or the publisher declares the exchange again is its own business; the channel must not stay shut.
        await _bus.Probe.Channel.ExchangeDeleteAsync(ModerationTopology.CommentApprovedExchange);
        var lost = DecisionKey.For(Unique(), "teks komentar");
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await TryPublishAsync(lost, wait.Token);
        }

        await _bus.Probe.BindAsync();

        // Production retries the comment; so does the test, for as long as a retry policy would.
        var after = DecisionKey.For(Unique(), "teks komentar");
        await Eventually.GetAsync(() => TryPublishAsync(after, CancellationToken.None), published => published, TimeSpan.FromSeconds(30), "a publish after the channel was closed");
        await _bus.Probe.WaitForAsync(after.CommentId);
    }

    private async Task<bool> TryPublishAsync(DecisionKey key, CancellationToken cancellationToken)
    {
        try
        {
            await Exchanges.PublishAsync(key, SampleDecisions.Of("approved", key.CommentId), cancellationToken);
            return true;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static string Unique() => $"c-{Guid.NewGuid():N}";
}

public sealed class RabbitDecisionExchangesTests : DecisionExchangesContract
{
    protected override string Name => "rabbit-exchanges";

    // The service's own wiring on a broker.
    protected override void Replace(IServiceCollection services)
    {
    }
}

public sealed class BusDecisionExchangesTests : DecisionExchangesContract
{
    protected override string Name => "bus-exchanges";

    protected override void Replace(IServiceCollection services) => services.AddSingleton<IDecisionExchanges, BusDecisionExchanges>();
}
