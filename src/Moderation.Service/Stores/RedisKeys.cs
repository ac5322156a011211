using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Every Redis key the service uses, under the configured prefix.</summary>
public sealed class RedisKeys(IOptions<ModerationOptions> options)
{
    private readonly string _prefix = options.Value.RedisKeyPrefix;

    public RedisKey Decision(DecisionKey key) => $"{_prefix}decision:{key.CommentId}:{key.TextHash}";

    public RedisKey Published(DecisionKey key) => $"{_prefix}published:{key.CommentId}:{key.TextHash}";

    public RedisKey Score(string key) => $"{_prefix}score:{key}";

    public RedisKey Velocity(string authorId) => $"{_prefix}velocity:{authorId}";

    public RedisKey Campaign(string fingerprint) => $"{_prefix}campaign:{fingerprint}";
}
