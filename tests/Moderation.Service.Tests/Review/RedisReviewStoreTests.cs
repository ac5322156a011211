using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Stores;

namespace Moderation.Service.Tests.Review;

public sealed class RedisReviewStoreTests : ReviewStoreContract, IClassFixture<RedisFixture>
{
    public RedisReviewStoreTests(RedisFixture fixture)
    {
        var options = Options.Create(new ModerationOptions { RedisKeyPrefix = $"test:{Guid.NewGuid():N}:" });
        Queue = new RedisReviewQueue(fixture.Redis, options);
        Audit = new RedisAuditLog(fixture.Redis, options);
        Authors = new RedisAuthorHistoryStore(fixture.Redis, options);
    }

    protected override IReviewQueue Queue { get; }

    protected override IAuditLog Audit { get; }

    protected override IAuthorHistoryStore Authors { get; }
}
