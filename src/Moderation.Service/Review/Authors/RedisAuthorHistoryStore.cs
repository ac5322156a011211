using System.Text.Json;
using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Queue;
using StackExchange.Redis;

namespace Moderation.Service.Review.Authors;

/// <summary>Author histories in Redis: a capped list of JSON entries per author that expires a month after the author's last comment.</summary>
public sealed class RedisAuthorHistoryStore(IConnectionMultiplexer redis, IOptions<ModerationOptions> options) : IAuthorHistoryStore
{
    /// <summary>Entries kept per author.</summary>
    public const int Kept = 100;

    /// <summary>Comments shown on the review screen.</summary>
    public const int Shown = 10;

    private static readonly TimeSpan Ttl = TimeSpan.FromDays(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _prefix = options.Value.RedisKeyPrefix;

    public async Task RecordAsync(string authorId, AuthorComment comment, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        RedisKey key = ReviewKeys.AuthorHistory(_prefix, authorId);
        var push = db.ListRightPushAsync(key, JsonSerializer.Serialize(comment, Json));
        var trim = db.ListTrimAsync(key, -Kept, -1);
        var expire = db.KeyExpireAsync(key, Ttl);
        await Task.WhenAll(push, trim, expire);
    }

    public async Task<AuthorHistory> FindAsync(string authorId, CancellationToken cancellationToken)
    {
        var values = await redis.GetDatabase().ListRangeAsync(ReviewKeys.AuthorHistory(_prefix, authorId));
        return AuthorHistory.Of(values.Select(v => JsonSerializer.Deserialize<AuthorComment>(v.ToString(), Json)!), Shown);
    }
}
