using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Sorted sets of members scored by time: per entry add, trim what left the window, count, expire; all entries of a
/// call in one pipelined round trip, in order, so a later entry of the same key counts the earlier ones.</summary>
public static class RedisSlidingWindow
{
    public static async Task<int[]> RecordAsync(IDatabase db, IReadOnlyList<(RedisKey Key, RedisValue Member)> entries, DateTimeOffset at, TimeSpan window)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var now = at.ToUnixTimeMilliseconds();
        var from = now - (long)window.TotalMilliseconds;
        var expiry = window + TimeSpan.FromSeconds(1);
        var batch = db.CreateBatch();
        var tasks = new Task[entries.Count * 4];
        var counts = new Task<long>[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, member) = entries[i];
            // GT keeps the latest time of a member seen again, so a repeat keeps the member in the window without double-counting.
            tasks[4 * i] = batch.SortedSetAddAsync(key, member, now, SortedSetWhen.GreaterThan);
            tasks[4 * i + 1] = batch.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, from, Exclude.None);
            tasks[4 * i + 2] = counts[i] = batch.SortedSetLengthAsync(key, from, double.PositiveInfinity, Exclude.Start);
            tasks[4 * i + 3] = batch.KeyExpireAsync(key, expiry);
        }

        batch.Execute();
        await Task.WhenAll(tasks);
        var result = new int[entries.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (int)counts[i].Result;
        }

        return result;
    }
}
