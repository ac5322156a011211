using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Stores;

namespace Moderation.Service.Tests.Review;

public sealed class RedisReviewStoreTests : ReviewStoreContract, IClassFixture<RedisFixture>
{
    private readonly RedisFixture _fixture;
    private readonly IOptions<ModerationOptions> _options = Options.Create(new ModerationOptions { RedisKeyPrefix = $"test:{Guid.NewGuid():N}:" });

    public RedisReviewStoreTests(RedisFixture fixture)
    {
        _fixture = fixture;
        var options = _options;
        Queue = new RedisReviewQueue(fixture.Redis, options);
        Audit = new RedisAuditLog(fixture.Redis, options);
        Authors = new RedisAuthorHistoryStore(fixture.Redis, options);
        Sessions = new RedisReviewSessions(fixture.Redis, options, TimeProvider.System);
    }

    protected override IReviewQueue Queue { get; }

    protected override IAuditLog Audit { get; }

    protected override IAuthorHistoryStore Authors { get; }

    protected override ITicketStore Sessions { get; }

    [Fact]
    public async Task An_author_s_history_expires_a_month_after_the_last_comment()
    {
        var author = $"u-{Guid.NewGuid():N}";
        await Authors.RecordAsync(author, new AuthorComment("c1", "approved", DateTimeOffset.UtcNow), default);

        var ttl = await _fixture.Redis.GetDatabase().KeyTimeToLiveAsync(RedisKeys.AuthorHistory(_options.Value.RedisKeyPrefix, author));

        ttl.Should().BeGreaterThan(TimeSpan.FromDays(29)).And.BeLessThanOrEqualTo(TimeSpan.FromDays(30));
    }
}
