using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Moderation.Service.Tests.Hosting;

/// <summary>A virtual host and Redis key prefix of its own, the service on them with the test's settings (and, optionally,
/// services of its own in place of the real ones), started, and a CMS-side probe.</summary>
public sealed class DedicatedBus : IAsyncDisposable
{
    private readonly ServiceHost _root;
    private readonly WebApplicationFactory<Program> _host;

    private DedicatedBus(RabbitVirtualHost virtualHost, ServiceHost root, WebApplicationFactory<Program> host, BusProbe probe)
    {
        VirtualHost = virtualHost;
        _root = root;
        _host = host;
        Probe = probe;
    }

    public RabbitVirtualHost VirtualHost { get; }

    public BusProbe Probe { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<DedicatedBus> StartAsync(string name, Action<IServiceCollection>? testServices, params (string Key, string? Value)[] settings)
    {
        var virtualHost = await RabbitVirtualHost.CreateAsync(name);
        var root = ServiceHost.OnServers(virtualHost, $"test:{Guid.NewGuid():N}:", settings);
        var host = testServices is null ? root : root.Replacing(testServices);
        _ = host.Server;
        return new DedicatedBus(virtualHost, root, host, await BusProbe.ConnectAsync(virtualHost));
    }

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await _host.DisposeAsync();
        await _root.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
