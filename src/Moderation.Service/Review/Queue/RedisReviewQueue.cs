using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using StackExchange.Redis;

namespace Moderation.Service.Review.Queue;

/// <summary>The review queue in Redis: one JSON string per item, a sorted set for the order, a PX-expiring key per hold.
/// Holds and removals are Lua scripts, so two moderators (on any instance) can never both take an item.</summary>
public sealed class RedisReviewQueue(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : IReviewQueue
{
    private const int Page = 100;

    // Adds the item unless it is queued: 1 when added, 0 when not.
    private const string Add = "if redis.call('SET', @item, @json, 'NX') then redis.call('ZADD', @queue, @score, @id) return 1 end return 0";

    private static readonly LuaScript AddScript = LuaScript.Prepare(Add);

    // The decided item's JSON when a moderator decided the comment, otherwise what Add returns.
    private static readonly LuaScript AddUnlessDecidedScript = LuaScript.Prepare(
        "local decided = redis.call('GET', @decided) if decided then return decided end " + Add);

    private static readonly LuaScript UpdateScript = LuaScript.Prepare(
        "if redis.call('GET', @item) ~= @old then return 0 end " +
        "redis.call('SET', @item, @json) redis.call('ZADD', @queue, 'XX', @score, @id) return 1");

    private static readonly LuaScript HoldScript = LuaScript.Prepare(
        "if redis.call('EXISTS', @item) == 0 then return {'missing'} end " +
        "local holder = redis.call('GET', @hold) " +
        "if holder and holder ~= @moderator then return {'held', holder, tostring(redis.call('PTTL', @hold))} end " +
        "redis.call('SET', @hold, @moderator, 'PX', @ms) return {'granted'}");

    private static readonly LuaScript ReleaseScript = LuaScript.Prepare(
        "if redis.call('GET', @hold) == @moderator then redis.call('DEL', @hold) end return 1");

    private static readonly LuaScript RemoveScript = LuaScript.Prepare(
        "local json = redis.call('GET', @item) " +
        "if not json then return {'missing'} end " +
        "local holder = redis.call('GET', @hold) " +
        "if holder and holder ~= @moderator then return {'held', holder} end " +
        "redis.call('DEL', @item, @hold) redis.call('ZREM', @queue, @id) return {'removed', json}");

    // The stored JSON names its text hash as "textHash":"<hex>" (ReviewJson, camelCase); a plain find of that is the check.
    private static readonly LuaScript WithdrawScript = LuaScript.Prepare(
        "local json = redis.call('GET', @item) " +
        "if not json or not string.find(json, @needle, 1, true) then return 0 end " +
        "redis.call('DEL', @item, @hold) redis.call('ZREM', @queue, @id) return 1");

    private readonly string _prefix = options.Value.RedisKeyPrefix;

    private RedisKey QueueKey => RedisKeys.ReviewQueue(_prefix);

    public async Task<bool> AddAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var added = await redis.GetDatabase().ScriptEvaluateAsync(AddScript, new
        {
            item = (RedisKey)RedisKeys.ReviewItem(_prefix, item.CommentId),
            queue = QueueKey,
            json = ReviewJson.Serialize(item),
            score = QueueOrder.Score(item),
            id = item.CommentId,
        });
        return (int)added == 1;
    }

    public async Task<Queueing> AddUnlessDecidedAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(AddUnlessDecidedScript, new
        {
            decided = (RedisKey)RedisKeys.ReviewDecided(_prefix, item.CommentId),
            item = (RedisKey)RedisKeys.ReviewItem(_prefix, item.CommentId),
            queue = QueueKey,
            json = ReviewJson.Serialize(item),
            score = QueueOrder.Score(item),
            id = item.CommentId,
        });
        return result.Resp2Type == ResultType.BulkString
            ? new Queueing(false, ReviewJson.Deserialize(result.ToString()))
            : new Queueing((int)result == 1, null);
    }

    public async Task<ReviewItem?> FindAsync(string commentId, CancellationToken cancellationToken)
    {
        var json = await redis.GetDatabase().StringGetAsync(RedisKeys.ReviewItem(_prefix, commentId));
        return json.IsNull ? null : ReviewJson.Deserialize(json.ToString());
    }

    public async Task<IReadOnlyList<ReviewItem?>> FindManyAsync(IReadOnlyList<string> commentIds, CancellationToken cancellationToken)
    {
        if (commentIds.Count == 0)
        {
            return [];
        }

        var keys = commentIds.Select(id => (RedisKey)RedisKeys.ReviewItem(_prefix, id)).ToArray();
        var found = await redis.GetDatabase().StringGetAsync(keys);
        return [.. found.Select(json => json.IsNull ? null : ReviewJson.Deserialize(json.ToString()))];
    }

    public async Task<bool> WithdrawAsync(string commentId, string textHash, CancellationToken cancellationToken)
    {
        var withdrawn = await redis.GetDatabase().ScriptEvaluateAsync(WithdrawScript, new
        {
            item = (RedisKey)RedisKeys.ReviewItem(_prefix, commentId),
            hold = (RedisKey)RedisKeys.ReviewHold(_prefix, commentId),
            queue = QueueKey,
            needle = $"\"textHash\":\"{textHash}\"",
            id = commentId,
        });
        return (int)withdrawn == 1;
    }

    public async Task<ReviewItem?> FindDecidedAsync(string commentId, CancellationToken cancellationToken)
    {
        var json = await redis.GetDatabase().StringGetAsync(RedisKeys.ReviewDecided(_prefix, commentId));
        return json.IsNull ? null : ReviewJson.Deserialize(json.ToString());
    }

    public async Task<ReviewItem?> UpdateAsync(string commentId, Func<ReviewItem, ReviewItem> change, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        RedisKey key = RedisKeys.ReviewItem(_prefix, commentId);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var old = await db.StringGetAsync(key);
            if (old.IsNull)
            {
                return null;
            }

            var changed = change(ReviewJson.Deserialize(old.ToString()));
            var swapped = await db.ScriptEvaluateAsync(UpdateScript, new
            {
                item = key, queue = QueueKey, old = old.ToString(), json = ReviewJson.Serialize(changed), score = QueueOrder.Score(changed), id = commentId,
            });
            if ((int)swapped == 1)
            {
                return changed;
            }
        }

        throw new InvalidOperationException($"Review item {commentId} kept changing; the update was given up.");
    }

    public async Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewQuery query, int limit, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var found = new List<ReviewItem>(Math.Min(limit, Page));
        for (long start = 0; found.Count < limit; start += Page)
        {
            var ids = await db.SortedSetRangeByRankAsync(QueueKey, start, start + Page - 1);
            if (ids.Length == 0)
            {
                break;
            }

            var keys = ids.Select(id => (RedisKey)RedisKeys.ReviewItem(_prefix, id.ToString())).ToArray();
            foreach (var json in await db.StringGetAsync(keys))
            {
                // An item decided between the two reads has no JSON any more: it is simply not listed.
                if (!json.IsNull && ReviewJson.Deserialize(json.ToString()) is var item && query.Matches(item))
                {
                    found.Add(item);
                    if (found.Count == limit)
                    {
                        break;
                    }
                }
            }
        }

        return found;
    }

    public async Task<HoldResult> HoldAsync(string commentId, string moderatorId, TimeSpan duration, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(HoldScript, new
        {
            item = (RedisKey)RedisKeys.ReviewItem(_prefix, commentId),
            hold = (RedisKey)RedisKeys.ReviewHold(_prefix, commentId),
            moderator = moderatorId,
            ms = (long)duration.TotalMilliseconds,
        }))!;
        var now = DateTimeOffset.UtcNow;
        return result[0].ToString() switch
        {
            "granted" => new HoldResult(HoldOutcome.Granted, moderatorId, now + duration),
            "held" => new HoldResult(HoldOutcome.HeldByOther, result[1].ToString(), now + TimeSpan.FromMilliseconds(Math.Max(0, long.Parse(result[2].ToString())))),
            _ => HoldResult.Missing,
        };
    }

    public async Task ReleaseAsync(string commentId, string moderatorId, CancellationToken cancellationToken) =>
        await redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, new { hold = (RedisKey)RedisKeys.ReviewHold(_prefix, commentId), moderator = moderatorId });

    public async Task<Removal> RemoveAsync(string commentId, string moderatorId, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(RemoveScript, new
        {
            item = (RedisKey)RedisKeys.ReviewItem(_prefix, commentId),
            hold = (RedisKey)RedisKeys.ReviewHold(_prefix, commentId),
            queue = QueueKey,
            moderator = moderatorId,
            id = commentId,
        }))!;
        return result[0].ToString() switch
        {
            "removed" => new Removal(RemovalOutcome.Removed, ReviewJson.Deserialize(result[1].ToString()), null),
            "held" => new Removal(RemovalOutcome.HeldByOther, null, result[1].ToString()),
            _ => Removal.Missing,
        };
    }

    public async Task StoreDecidedAsync(ReviewItem item, TimeSpan keep, CancellationToken cancellationToken) =>
        await redis.GetDatabase().StringSetAsync(RedisKeys.ReviewDecided(_prefix, item.CommentId), ReviewJson.Serialize(item), keep);
}
