using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Formats;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using StackExchange.Redis;

namespace Moderation.Service.Stores;

/// <summary>Decisions in Redis: SET NX with the decision TTL, so the first recorded decision wins across instances.
/// A batch is looked up with one MGET and recorded with one pipeline of SET NX; a confirmed publish is a key of its own, set
/// fire-and-forget (commands on the multiplexer's connection run in order, so a later lookup sees it).</summary>
public sealed partial class RedisDecisionStore(
    IConnectionMultiplexer redis,
    IOptions<ModerationOptions> options,
    ILogger<RedisDecisionStore> logger) : IDecisionStore
{
    private readonly string _prefix = options.Value.RedisKeyPrefix;
    private readonly TimeSpan _ttl = options.Value.DecisionTtl;

    public async Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> decisionKeys, CancellationToken cancellationToken)
    {
        var found = new CommentDecision?[decisionKeys.Count];
        if (found.Length == 0)
        {
            return found;
        }

        var redisKeys = new RedisKey[found.Length];
        for (var i = 0; i < redisKeys.Length; i++)
        {
            redisKeys[i] = DecisionKeyOf(decisionKeys[i]);
        }

        var values = await redis.GetDatabase().StringGetAsync(redisKeys);
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = values[i].IsNull ? null : DecisionJson.Deserialize(values[i].ToString());
        }

        return found;
    }

    public async Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken)
    {
        var standing = new CommentDecision[decisions.Count];
        if (standing.Length == 0)
        {
            return standing;
        }

        var db = redis.GetDatabase();
        var redisKeys = new RedisKey[standing.Length];
        var sets = new Task<bool>[standing.Length];
        var batch = db.CreateBatch();
        for (var i = 0; i < sets.Length; i++)
        {
            redisKeys[i] = DecisionKeyOf(decisions[i].Key);
            sets[i] = batch.StringSetAsync(redisKeys[i], DecisionJson.Serialize(decisions[i].Decision), _ttl, When.NotExists);
        }

        batch.Execute();
        await Task.WhenAll(sets);

        // Another instance (or an earlier entry of this batch) recorded first: its decision stands. Rare, so one GET each.
        for (var i = 0; i < standing.Length; i++)
        {
            if (sets[i].Result)
            {
                standing[i] = decisions[i].Decision;
                continue;
            }

            var recorded = await db.StringGetAsync(redisKeys[i]);
            standing[i] = recorded.IsNull ? decisions[i].Decision : DecisionJson.Deserialize(recorded.ToString());
        }

        return standing;
    }

    public async Task<bool[]> WerePublishedAsync(IReadOnlyList<DecisionKey> decisionKeys, CancellationToken cancellationToken)
    {
        if (decisionKeys.Count == 0)
        {
            return [];
        }

        var redisKeys = new RedisKey[decisionKeys.Count];
        for (var i = 0; i < redisKeys.Length; i++)
        {
            redisKeys[i] = PublishedKeyOf(decisionKeys[i]);
        }

        var values = await redis.GetDatabase().StringGetAsync(redisKeys);
        return Array.ConvertAll(values, value => !value.IsNull);
    }

    public void MarkPublished(IReadOnlyList<DecisionKey> decisionKeys)
    {
        var db = redis.GetDatabase();
        try
        {
            for (var i = 0; i < decisionKeys.Count; i++)
            {
                db.StringSet(PublishedKeyOf(decisionKeys[i]), 1, _ttl, flags: CommandFlags.FireAndForget);
            }
        }
        catch (RedisException error)
        {
            LogNotMarked(logger, decisionKeys.Count, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not note {Count} decisions as published; a redelivery of them publishes them again (same message id)")]
    private static partial void LogNotMarked(ILogger logger, int count, Exception error);

    private RedisKey DecisionKeyOf(DecisionKey key) => RedisKeys.Decision(_prefix, key.CommentId, key.TextHash);

    private RedisKey PublishedKeyOf(DecisionKey key) => RedisKeys.Published(_prefix, key.CommentId, key.TextHash);
}
