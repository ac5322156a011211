using StackExchange.Redis;

namespace Moderation.Service.Tests.Hosting;

/// <summary>Looks at and cleans up the keys of one test prefix in the test Redis.</summary>
public static class RedisKeyspace
{
    public static async Task<List<RedisKey>> KeysAsync(string pattern)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Servers.Redis);
        var keys = new List<RedisKey>();
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: pattern, pageSize: 1000))
        {
            keys.Add(key);
        }

        return keys;
    }

    public static async Task DeleteAsync(string prefix)
    {
        var keys = await KeysAsync(prefix + "*");
        if (keys.Count > 0)
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(Servers.Redis);
            await redis.GetDatabase().KeyDeleteAsync([.. keys]);
        }
    }
}
