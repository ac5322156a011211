using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Moderation.Service.Configuration;

namespace Moderation.Service.Tests.Hosting;

/// <summary>A fresh virtual host per test class (through the management API), so classes never see each other's messages.</summary>
public sealed class RabbitVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _http;

    private RabbitVirtualHost(HttpClient http, BrokerAddress address)
    {
        _http = http;
        Address = address;
    }

    public BrokerAddress Address { get; }

    public string ConnectionString => Address.ToUri().ToString();

    public static async Task<RabbitVirtualHost> CreateAsync(string name)
    {
        var broker = Servers.Broker;
        var http = new HttpClient { BaseAddress = new Uri($"http://{broker.Host}:15672/api/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{broker.Username}:{broker.Password}")));
        var vhost = $"test-{name}-{Guid.NewGuid():N}";
        (await http.PutAsync($"vhosts/{Uri.EscapeDataString(vhost)}", null)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(broker.Username)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return new RabbitVirtualHost(http, broker with { VirtualHost = vhost });
    }

    public async ValueTask DisposeAsync()
    {
        await _http.DeleteAsync($"vhosts/{Uri.EscapeDataString(Address.VirtualHost)}");
        _http.Dispose();
    }
}
