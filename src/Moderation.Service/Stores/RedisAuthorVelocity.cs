using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Author velocity in Redis: one sorted set of comment ids per author.</summary>
public sealed class RedisAuthorVelocity(IConnectionMultiplexer redis, RedisKeys keys) : IAuthorVelocity
{
    public Task<int> RecordAsync(string authorId, string commentId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        RedisSlidingWindow.RecordAsync(redis.GetDatabase(), keys.Velocity(authorId), commentId, at, window);
}
