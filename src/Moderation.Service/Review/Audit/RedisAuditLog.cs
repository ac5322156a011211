using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Formats.Audit;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Queue;
using StackExchange.Redis;

namespace Moderation.Service.Review.Audit;

/// <summary>The audit log as a Redis stream (XADD only: the service has no code path that edits or trims it).</summary>
public sealed class RedisAuditLog(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : IAuditLog
{
    public const string Field = "entry";
    private const int Page = 200;

    /// <summary>How long an idempotency key is remembered: far longer than a decision can wait in the outbox.</summary>
    private static readonly TimeSpan KeyRetention = TimeSpan.FromDays(30);

    private static readonly LuaScript AppendOnceScript = LuaScript.Prepare(
        "if redis.call('SET', @mark, '1', 'NX', 'PX', @ms) then redis.call('XADD', @stream, '*', @field, @json) return 1 end return 0");

    private readonly string _prefix = options.Value.RedisKeyPrefix;
    private readonly RedisKey _key = RedisKeys.Audit(options.Value.RedisKeyPrefix);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        await redis.GetDatabase().StreamAddAsync(_key, Field, AuditJson.Serialize(entry));

    public async Task<bool> AppendOnceAsync(string key, AuditEntry entry, CancellationToken cancellationToken)
    {
        var appended = await redis.GetDatabase().ScriptEvaluateAsync(AppendOnceScript, new
        {
            mark = (RedisKey)RedisKeys.Audited(_prefix, key),
            stream = _key,
            field = Field,
            json = AuditJson.Serialize(entry),
            ms = (long)KeyRetention.TotalMilliseconds,
        });
        return (int)appended == 1;
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? commentId, int limit, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var found = new List<AuditEntry>();
        RedisValue end = "+";
        while (found.Count < limit)
        {
            var page = await db.StreamRangeAsync(_key, "-", end, Page, Order.Descending);
            foreach (var message in page)
            {
                var entry = AuditJson.Deserialize(message[Field].ToString());
                if (commentId is null || entry.CommentId == commentId)
                {
                    found.Add(entry);
                    if (found.Count == limit)
                    {
                        break;
                    }
                }
            }

            if (page.Length < Page)
            {
                break;
            }

            // Exclusive end: continue just below the oldest id of this page.
            end = "(" + page[^1].Id;
        }

        return found;
    }
}
