using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Campaign detection in Redis: one sorted set of author ids per text fingerprint.</summary>
public sealed class RedisCampaignTracker(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : ICampaignTracker
{
    public Task<int[]> RecordAsync(IReadOnlyList<(string Fingerprint, string AuthorId)> posts, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var entries = new (RedisKey, RedisValue)[posts.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = (RedisKeys.Campaign(options.Value.RedisKeyPrefix, posts[i].Fingerprint), posts[i].AuthorId);
        }

        return RedisSlidingWindow.RecordAsync(redis.GetDatabase(), entries, at, window);
    }
}
