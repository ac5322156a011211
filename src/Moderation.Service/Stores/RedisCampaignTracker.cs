using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Campaign detection in Redis: one sorted set of author ids per text fingerprint.</summary>
public sealed class RedisCampaignTracker(IConnectionMultiplexer redis, RedisKeys keys) : ICampaignTracker
{
    public Task<int> RecordAsync(string fingerprint, string authorId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        RedisSlidingWindow.RecordAsync(redis.GetDatabase(), keys.Campaign(fingerprint), authorId, at, window);
}
