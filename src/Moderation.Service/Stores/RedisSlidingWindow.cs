using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>A sorted set of members scored by time: add, trim what left the window, count, expire; one pipelined round trip.</summary>
public static class RedisSlidingWindow
{
    public static async Task<int> RecordAsync(IDatabase db, RedisKey key, string member, DateTimeOffset at, TimeSpan window)
    {
        var now = at.ToUnixTimeMilliseconds();
        var from = now - (long)window.TotalMilliseconds;
        var batch = db.CreateBatch();
        // GT keeps the latest time of a member seen again, so a repeat keeps the member in the window without double-counting.
        var add = batch.SortedSetAddAsync(key, member, now, SortedSetWhen.GreaterThan);
        var trim = batch.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, from, Exclude.None);
        var count = batch.SortedSetLengthAsync(key, from, double.PositiveInfinity, Exclude.Start);
        var expire = batch.KeyExpireAsync(key, window + TimeSpan.FromSeconds(1));
        batch.Execute();
        await Task.WhenAll(add, trim, count, expire);
        return (int)count.Result;
    }
}
