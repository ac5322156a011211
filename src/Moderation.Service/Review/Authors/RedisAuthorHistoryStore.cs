using System.Text.Json;
using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Queue;
using StackExchange.Redis;

namespace Moderation.Service.Review.Authors;

/// <summary>Author histories in Redis: a capped list of JSON entries per author that expires a month after the author's last comment.
/// Recording a batch is one Lua script (per entry push, trim, expire): one command per batch instead of three per comment.</summary>
public sealed class RedisAuthorHistoryStore(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : IAuthorHistoryStore
{
    /// <summary>Entries kept per author.</summary>
    public const int Kept = 100;

    /// <summary>Comments shown on the review screen.</summary>
    public const int Shown = 10;

    private static readonly TimeSpan Ttl = TimeSpan.FromDays(30);

    // KEYS: each entry's author list. ARGV: the first index kept (negative), the expiry (ms), then each entry's JSON.
    private const string RecordScript = """
        for i, key in ipairs(KEYS) do
          redis.call('RPUSH', key, ARGV[i + 2])
          redis.call('LTRIM', key, ARGV[1], -1)
          redis.call('PEXPIRE', key, ARGV[2])
        end
        return 1
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _prefix = options.Value.RedisKeyPrefix;

    public async Task RecordAsync(IReadOnlyList<(string AuthorId, AuthorComment Comment)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var keys = new RedisKey[entries.Count];
        var values = new RedisValue[entries.Count + 2];
        values[0] = -Kept;
        values[1] = (long)Ttl.TotalMilliseconds;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = RedisKeys.AuthorHistory(_prefix, entries[i].AuthorId);
            values[i + 2] = JsonSerializer.Serialize(entries[i].Comment, Json);
        }

        await redis.GetDatabase().ScriptEvaluateAsync(RecordScript, keys, values);
    }

    public async Task<AuthorHistory> FindAsync(string authorId, CancellationToken cancellationToken)
    {
        var values = await redis.GetDatabase().ListRangeAsync(RedisKeys.AuthorHistory(_prefix, authorId));
        return AuthorHistory.Of(values.Select(v => JsonSerializer.Deserialize<AuthorComment>(v.ToString(), Json)!), Shown);
    }
}
