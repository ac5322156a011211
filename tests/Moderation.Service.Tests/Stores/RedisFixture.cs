using Moderation.Service.Tests.Hosting;
using StackExchange.Redis;

namespace Moderation.Service.Tests.Stores;

/// <summary>One multiplexer to the test Redis for a test class.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public IConnectionMultiplexer Redis { get; private set; } = null!;

    public async Task InitializeAsync() => Redis = await ConnectionMultiplexer.ConnectAsync(Servers.Redis);

    public async Task DisposeAsync() => await Redis.DisposeAsync();
}
