using Microsoft.Extensions.Options;
using Moderation.Pipeline;
using Moderation.Service.Configuration;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>The score cache in Redis, with the configured TTL.</summary>
public sealed class RedisScoreCache(IConnectionMultiplexer redis, RedisKeys keys, IOptions<ModerationOptions> options) : IScoreCache
{
    private readonly TimeSpan _ttl = options.Value.ScoreCacheTtl;

    public async Task<TextAssessment?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var value = await redis.GetDatabase().StringGetAsync(keys.Score(key));
        return value.IsNull ? null : AssessmentJson.Deserialize(value.ToString());
    }

    public Task StoreAsync(string key, TextAssessment assessment, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(keys.Score(key), AssessmentJson.Serialize(assessment), _ttl);
}
