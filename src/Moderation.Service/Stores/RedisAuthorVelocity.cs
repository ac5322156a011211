using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Author velocity in Redis: one sorted set of comment ids per author.</summary>
public sealed class RedisAuthorVelocity(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : IAuthorVelocity
{
    public Task<int[]> RecordAsync(IReadOnlyList<(string AuthorId, string CommentId)> comments, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var entries = new (RedisKey, RedisValue)[comments.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = (RedisKeys.Velocity(options.Value.RedisKeyPrefix, comments[i].AuthorId), comments[i].CommentId);
        }

        return RedisSlidingWindow.RecordAsync(redis.GetDatabase(), entries, at, window);
    }
}
