using Moderation.Service.Configuration;
using Moderation.Service.Review.Outbox;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Stores;

namespace Moderation.Service.Tests.Review;

public sealed class RedisReviewOutboxTests : ReviewOutboxContract, IClassFixture<RedisFixture>
{
    public RedisReviewOutboxTests(RedisFixture fixture)
    {
        var moderation = Microsoft.Extensions.Options.Options.Create(new ModerationOptions { RedisKeyPrefix = $"test:{Guid.NewGuid():N}:" });
        Queue = new RedisReviewQueue(fixture.Redis, moderation);
        Outbox = new RedisReviewOutbox(fixture.Redis, moderation, Options);
    }

    protected override IReviewQueue Queue { get; }

    protected override IReviewOutbox Outbox { get; }
}
