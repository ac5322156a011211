using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Sorted sets of members scored by time. All entries of a call go to Redis as one Lua script: per entry add, trim what
/// left the window, count, expire, in order, so a later entry of the same key counts the earlier ones. One command per batch
/// instead of four per entry: the script is the cheaper way for both the client and the server (its keys must live on one Redis
/// node, which a single primary, the supported set-up, always is).</summary>
public static class RedisSlidingWindow
{
    // KEYS: the sorted set of each entry. ARGV: now (ms), the window's exclusive start (ms), the expiry (ms), then each entry's member.
    // ZADD GT keeps the latest time of a member seen again, so a repeat keeps the member in the window without double-counting;
    // after the trim every member left is inside the window, so ZCARD is the count.
    private const string Script = """
        local now, from, expiry = ARGV[1], ARGV[2], ARGV[3]
        local counts = {}
        for i, key in ipairs(KEYS) do
          redis.call('ZADD', key, 'GT', now, ARGV[i + 3])
          redis.call('ZREMRANGEBYSCORE', key, '-inf', from)
          counts[i] = redis.call('ZCARD', key)
          redis.call('PEXPIRE', key, expiry)
        end
        return counts
        """;

    public static async Task<int[]> RecordAsync(IDatabase db, IReadOnlyList<(RedisKey Key, RedisValue Member)> entries, DateTimeOffset at, TimeSpan window)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var now = at.ToUnixTimeMilliseconds();
        var keys = new RedisKey[entries.Count];
        var values = new RedisValue[entries.Count + 3];
        values[0] = now;
        values[1] = now - (long)window.TotalMilliseconds;
        values[2] = (long)(window + TimeSpan.FromSeconds(1)).TotalMilliseconds;
        for (var i = 0; i < keys.Length; i++)
        {
            (keys[i], values[i + 3]) = entries[i];
        }

        var counts = (long[])(await db.ScriptEvaluateAsync(Script, keys, values))!;
        return Array.ConvertAll(counts, count => (int)count);
    }
}
