using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.Configuration;
using Moderation.Service.Moderating;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Decisions in Redis: SET NX with the decision TTL, so the first recorded decision wins across instances.</summary>
public sealed class RedisDecisionStore(IConnectionMultiplexer redis, RedisKeys keys, IOptions<ModerationOptions> options) : IDecisionStore
{
    private readonly TimeSpan _ttl = options.Value.DecisionTtl;

    public async Task<CommentDecision?> FindAsync(DecisionKey key, CancellationToken cancellationToken)
    {
        var value = await redis.GetDatabase().StringGetAsync(keys.Decision(key));
        return value.IsNull ? null : DecisionJson.Deserialize(value.ToString());
    }

    public async Task<CommentDecision> RecordAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var redisKey = keys.Decision(key);
        if (await db.StringSetAsync(redisKey, DecisionJson.Serialize(decision), _ttl, When.NotExists))
        {
            return decision;
        }

        var standing = await db.StringGetAsync(redisKey);
        return standing.IsNull ? decision : DecisionJson.Deserialize(standing.ToString());
    }
}
