using Microsoft.Extensions.Options;
using Moderation.Formats;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;
using StackExchange.Redis;

namespace Moderation.Service.Tests.Stores;

public sealed class RedisStoreTests : StoreContract, IClassFixture<RedisFixture>
{
    private readonly IConnectionMultiplexer _redis;
    private readonly IOptions<ModerationOptions> _options = Options.Create(new ModerationOptions
    {
        RedisKeyPrefix = $"test:{Guid.NewGuid():N}:",
        // Short lifetimes instead of a clean-up: scanning a shared Redis for a prefix is slow when it holds many keys.
        DecisionTtl = TimeSpan.FromMinutes(30),
        ScoreCacheTtl = TimeSpan.FromMinutes(30),
    });

    public RedisStoreTests(RedisFixture fixture)
    {
        _redis = fixture.Redis;
        Decisions = new RedisDecisionStore(_redis, _options, Microsoft.Extensions.Logging.Abstractions.NullLogger<RedisDecisionStore>.Instance);
        Scores = new RedisScoreCache(_redis, _options);
        Velocity = new RedisAuthorVelocity(_redis, _options);
        Campaigns = new RedisCampaignTracker(_redis, _options);
    }

    protected override IDecisionStore Decisions { get; }

    protected override IScoreCache Scores { get; }

    protected override IAuthorVelocity Velocity { get; }

    protected override ICampaignTracker Campaigns { get; }

    [Fact]
    public async Task A_recorded_decision_expires_after_the_configured_ttl()
    {
        var key = DecisionKey.For($"c-{Guid.NewGuid():N}", "text");
        await Decisions.RecordAsync(key, new Moderation.Contracts.CommentApproved
        {
            CommentId = key.CommentId, ArticleId = "a", AuthorId = "u", Decision = "approved", Reasons = [],
            Scores = new Dictionary<string, double>(), Priority = 0, ModelVersion = "m", PolicyVersion = "p", DecidedAt = DateTimeOffset.UtcNow,
        }, default);

        var ttl = await _redis.GetDatabase().KeyTimeToLiveAsync(RedisKeys.Decision(_options.Value.RedisKeyPrefix, key.CommentId, key.TextHash));

        ttl.Should().NotBeNull();
        ttl!.Value.Should().BeGreaterThan(TimeSpan.FromMinutes(20)).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task Velocity_and_campaign_sets_expire_a_second_after_their_window()
    {
        var prefix = _options.Value.RedisKeyPrefix;
        var (author, fingerprint) = ($"u-{Guid.NewGuid():N}", $"fp-{Guid.NewGuid():N}");
        await Velocity.RecordAsync(author, "c1", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), default);
        await Campaigns.RecordAsync(fingerprint, author, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10), default);

        var velocityTtl = await _redis.GetDatabase().KeyTimeToLiveAsync(RedisKeys.Velocity(prefix, author));
        var campaignTtl = await _redis.GetDatabase().KeyTimeToLiveAsync(RedisKeys.Campaign(prefix, fingerprint));

        velocityTtl.Should().BeGreaterThan(TimeSpan.FromSeconds(50)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(61));
        campaignTtl.Should().BeGreaterThan(TimeSpan.FromMinutes(9)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(601));
    }
}
