using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Queue;
using StackExchange.Redis;

namespace Moderation.Service.Review.Outbox;

/// <summary>The outbox in Redis: one JSON string per entry, a sorted set by age, a PX-expiring claim key. The take is one Lua script
/// that removes the item, keeps the decided item and records the entry, so no crash can separate them.</summary>
public sealed class RedisReviewOutbox(IConnectionMultiplexer redis, IOptions<ModerationOptions> moderation, IOptions<ReviewOptions> options) : IReviewOutbox
{
    private const string Taker = "decide";

    // Compare-and-take: the entry was made from the item JSON read before (@old); a concurrent change means read and decide again.
    private static readonly LuaScript TakeScript = LuaScript.Prepare(
        "local json = redis.call('GET', @item) " +
        "if not json then return {'missing'} end " +
        "local holder = redis.call('GET', @hold) " +
        "if holder and holder ~= @moderator then return {'held', holder} end " +
        "if json ~= @old then return {'changed'} end " +
        "redis.call('DEL', @item, @hold) redis.call('ZREM', @queue, @id) " +
        "redis.call('SET', @decided, @decidedJson, 'PX', @keepMs) " +
        "redis.call('SET', @entry, @entryJson) redis.call('ZADD', @outbox, @recordedAt, @messageId) " +
        "redis.call('SET', @claim, @taker, 'PX', @leaseMs) return {'removed'}");

    private static readonly LuaScript ClaimScript = LuaScript.Prepare(
        "if redis.call('EXISTS', @entry) == 0 then return 0 end " +
        "if redis.call('SET', @claim, @claimant, 'NX', 'PX', @leaseMs) then return 1 end return 0");

    private static readonly LuaScript ReleaseScript = LuaScript.Prepare(
        "if redis.call('GET', @claim) == @claimant then redis.call('DEL', @claim) end return 1");

    private static readonly LuaScript CompleteScript = LuaScript.Prepare(
        "redis.call('DEL', @entry, @claim) redis.call('ZREM', @outbox, @messageId) return 1");

    private readonly string _prefix = moderation.Value.RedisKeyPrefix;
    private readonly ReviewOptions _options = options.Value;

    private RedisKey OutboxKey => RedisKeys.Outbox(_prefix);

    public async Task<OutboxTake> TakeAsync(string commentId, string moderatorId, Func<ReviewItem, PendingReview> decide, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        RedisKey itemKey = RedisKeys.ReviewItem(_prefix, commentId);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var old = await db.StringGetAsync(itemKey);
            if (old.IsNull)
            {
                return OutboxTake.Missing;
            }

            var pending = decide(ReviewJson.Deserialize(old.ToString()));
            var result = (RedisResult[])(await db.ScriptEvaluateAsync(TakeScript, new
            {
                item = itemKey,
                hold = (RedisKey)RedisKeys.ReviewHold(_prefix, commentId),
                queue = (RedisKey)RedisKeys.ReviewQueue(_prefix),
                decided = (RedisKey)RedisKeys.ReviewDecided(_prefix, commentId),
                entry = (RedisKey)RedisKeys.OutboxEntry(_prefix, pending.MessageId),
                outbox = OutboxKey,
                claim = (RedisKey)RedisKeys.OutboxClaim(_prefix, pending.MessageId),
                moderator = moderatorId,
                old = old.ToString(),
                id = commentId,
                decidedJson = ReviewJson.Serialize(pending.Decided),
                keepMs = (long)_options.DecidedRetention.TotalMilliseconds,
                entryJson = OutboxJson.Serialize(pending),
                recordedAt = pending.RecordedAt.ToUnixTimeMilliseconds(),
                messageId = pending.MessageId.ToString(),
                taker = Taker,
                leaseMs = (long)_options.OutboxGrace.TotalMilliseconds,
            }))!;
            switch (result[0].ToString())
            {
                case "removed":
                    return new OutboxTake(RemovalOutcome.Removed, pending, null);
                case "held":
                    return new OutboxTake(RemovalOutcome.HeldByOther, null, result[1].ToString());
                case "missing":
                    return OutboxTake.Missing;
            }
        }

        throw new InvalidOperationException($"Review item {commentId} kept changing; the decision was not taken.");
    }

    public async Task<IReadOnlyList<PendingReview>> ListAsync(DateTimeOffset recordedBefore, int limit, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var ids = await db.SortedSetRangeByScoreAsync(OutboxKey, double.NegativeInfinity, recordedBefore.ToUnixTimeMilliseconds(),
            Exclude.Stop, Order.Ascending, 0, limit);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await db.StringGetAsync(ids.Select(id => (RedisKey)RedisKeys.OutboxEntry(_prefix, Guid.Parse(id.ToString()))).ToArray());
        // An entry completed between the two reads has no JSON any more: it is simply not listed.
        return values.Where(v => !v.IsNull).Select(v => OutboxJson.Deserialize(v.ToString())).ToList();
    }

    public async Task<bool> ClaimAsync(Guid messageId, string claimant, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claimed = await redis.GetDatabase().ScriptEvaluateAsync(ClaimScript, new
        {
            entry = (RedisKey)RedisKeys.OutboxEntry(_prefix, messageId),
            claim = (RedisKey)RedisKeys.OutboxClaim(_prefix, messageId),
            claimant,
            leaseMs = (long)lease.TotalMilliseconds,
        });
        return (int)claimed == 1;
    }

    public async Task ReleaseAsync(Guid messageId, string claimant, CancellationToken cancellationToken) =>
        await redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, new { claim = (RedisKey)RedisKeys.OutboxClaim(_prefix, messageId), claimant });

    public async Task CompleteAsync(Guid messageId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().ScriptEvaluateAsync(CompleteScript, new
        {
            entry = (RedisKey)RedisKeys.OutboxEntry(_prefix, messageId),
            claim = (RedisKey)RedisKeys.OutboxClaim(_prefix, messageId),
            outbox = OutboxKey,
            messageId = messageId.ToString(),
        });

    public async Task<OutboxDepth> MeasureAsync(CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var count = db.SortedSetLengthAsync(OutboxKey);
        var oldest = db.SortedSetRangeByRankWithScoresAsync(OutboxKey, 0, 0);
        await Task.WhenAll(count, oldest);
        return new OutboxDepth(count.Result, oldest.Result.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)oldest.Result[0].Score));
    }
}
