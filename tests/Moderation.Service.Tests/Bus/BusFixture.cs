using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

/// <summary>One virtual host, one Redis key prefix, the service running on them, and a CMS-side probe.</summary>
public sealed class BusFixture : IAsyncLifetime
{
    public RabbitVirtualHost VirtualHost { get; private set; } = null!;

    public string RedisPrefix { get; } = $"test:{Guid.NewGuid():N}:";

    public ServiceHost Host { get; private set; } = null!;

    public BusProbe Probe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        VirtualHost = await RabbitVirtualHost.CreateAsync("bus");
        Host = ServiceHost.OnServers(VirtualHost, RedisPrefix).Started();
        Probe = await BusProbe.ConnectAsync(VirtualHost);
    }

    public async Task DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Host.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
