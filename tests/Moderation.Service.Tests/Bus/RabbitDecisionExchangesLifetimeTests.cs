using Microsoft.Extensions.Logging.Abstractions;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Messaging;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

public sealed class RabbitDecisionExchangesLifetimeTests : IAsyncLifetime
{
    private RabbitVirtualHost _vhost = null!;

    public async Task InitializeAsync() => _vhost = await RabbitVirtualHost.CreateAsync("exchanges-lifetime");

    public async Task DisposeAsync() => await _vhost.DisposeAsync();

    [Fact]
    public async Task Disposing_twice_after_publishing_is_harmless_as_the_container_does_it()
    {
        var exchanges = new RabbitDecisionExchanges(_vhost.Address, NullLogger<RabbitDecisionExchanges>.Instance);
        await exchanges.PublishAsync(DecisionKey.For("c-1", "teks"), SampleDecisions.Of("approved"), CancellationToken.None);

        await exchanges.DisposeAsync();
        var again = async () => await exchanges.DisposeAsync();

        await again.Should().NotThrowAsync();
    }
}
