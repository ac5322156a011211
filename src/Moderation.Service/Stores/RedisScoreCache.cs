using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Pipeline;
using Moderation.Service.Configuration;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>The score cache in Redis, with the configured TTL: one MGET to look a batch up, one pipeline of SETs to store.</summary>
public sealed class RedisScoreCache(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : IScoreCache
{
    private readonly string _prefix = options.Value.RedisKeyPrefix;
    private readonly TimeSpan _ttl = options.Value.ScoreCacheTtl;

    public async Task<TextAssessment?[]> FindAsync(IReadOnlyList<string> scoreKeys, CancellationToken cancellationToken)
    {
        var found = new TextAssessment?[scoreKeys.Count];
        if (found.Length == 0)
        {
            return found;
        }

        var redisKeys = new RedisKey[scoreKeys.Count];
        for (var i = 0; i < redisKeys.Length; i++)
        {
            redisKeys[i] = RedisKeys.Score(_prefix, scoreKeys[i]);
        }

        var values = await redis.GetDatabase().StringGetAsync(redisKeys);
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = values[i].IsNull ? null : AssessmentJson.Deserialize(values[i].ToString());
        }

        return found;
    }

    public Task StoreAsync(IReadOnlyList<(string Key, TextAssessment Assessment)> assessments, CancellationToken cancellationToken)
    {
        if (assessments.Count == 0)
        {
            return Task.CompletedTask;
        }

        var batch = redis.GetDatabase().CreateBatch();
        var sets = new Task[assessments.Count];
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i] = batch.StringSetAsync(RedisKeys.Score(_prefix, assessments[i].Key), AssessmentJson.Serialize(assessments[i].Assessment), _ttl);
        }

        batch.Execute();
        return Task.WhenAll(sets);
    }
}
