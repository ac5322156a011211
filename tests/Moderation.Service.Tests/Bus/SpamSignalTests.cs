using Microsoft.Extensions.DependencyInjection;
using Moderation.Service.Moderating;
using Moderation.Service.Loading;
using Moderation.Service.Tests.Hosting;
using StackExchange.Redis;

namespace Moderation.Service.Tests.Bus;

public sealed class SpamSignalTests(BusFixture bus) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task A_repeated_text_is_answered_from_the_score_cache()
    {
        var text = $"Promo spesial hari ini saja {Guid.NewGuid():N}";
        var hitsBefore = await MetricValues.SumAsync(bus.Host.Metrics, "moderation_score_cache_lookups_total{result=\"hit\"");
        var first = Comments.Valid(text: text, authorId: "u-cache-1");
        await bus.Probe.PublishAsync(first);
        await bus.Probe.WaitForAsync((string)first["commentId"]!);
        var hitsAfterFirst = await MetricValues.SumAsync(bus.Host.Metrics, "moderation_score_cache_lookups_total{result=\"hit\"");

        var second = Comments.Valid(text: text, authorId: "u-cache-2");
        await bus.Probe.PublishAsync(second);
        await bus.Probe.WaitForAsync((string)second["commentId"]!);

        hitsAfterFirst.Should().Be(hitsBefore);
        (await MetricValues.SumAsync(bus.Host.Metrics, "moderation_score_cache_lookups_total{result=\"hit\"")).Should().Be(hitsBefore + 1);
    }

    [Fact]
    public async Task The_score_cache_lives_in_redis_under_the_configured_prefix()
    {
        var comment = Comments.Valid(text: $"Teks unik untuk cache {Guid.NewGuid():N}");
        await bus.Probe.PublishAsync(comment);
        await bus.Probe.WaitForAsync((string)comment["commentId"]!);

        var pipeline = bus.Host.Services.GetRequiredService<ActivePipeline>().Current!.Pipeline;
        var key = ScoreCacheKey.For(pipeline, pipeline.Normalise((string)comment["text"]!));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Servers.Redis);
        (await redis.GetDatabase().KeyExistsAsync($"{bus.RedisPrefix}score:{key}")).Should().BeTrue();
    }

    [Fact]
    public async Task Comments_of_one_campaign_from_distinct_authors_share_a_campaign_id()
    {
        var text = $"Daftar sekarang di situs kami dapatkan bonus besar {Guid.NewGuid():N}";
        var early = Enumerable.Range(1, 3).Select(i => Comments.Valid(text: text, authorId: $"u-campaign-{i}")).ToList();
        foreach (var comment in early)
        {
            await bus.Probe.PublishAsync(comment);
        }

        await bus.Probe.WaitForAsync(early.Select(c => (string)c["commentId"]!).ToList());
        var late = Comments.Valid(text: text.Replace("besar", "besar!!"), authorId: "u-campaign-4");
        await bus.Probe.PublishAsync(late);

        var lateDecision = await bus.Probe.WaitForAsync((string)late["commentId"]!);
        var campaignId = lateDecision.Json.GetProperty("campaignId").GetString();
        campaignId.Should().StartWith("cmp-");
        var earlyIds = early.Select(c => bus.Probe.For((string)c["commentId"]!)[0].Json)
            .Select(json => json.TryGetProperty("campaignId", out var id) ? id.GetString() : null).ToList();
        earlyIds.Should().Contain(campaignId, "the third distinct author reaches the threshold of three");
        earlyIds.Where(id => id is not null).Should().AllBe(campaignId);
    }

    [Fact]
    public async Task A_campaign_is_flagged_as_spam_with_a_campaign_reason()
    {
        var text = $"Kunjungi kanal kami untuk info menarik setiap hari {Guid.NewGuid():N}";
        var comments = Enumerable.Range(1, 3).Select(i => Comments.Valid(text: text, authorId: $"u-flagged-campaign-{i}")).ToList();
        foreach (var comment in comments)
        {
            await bus.Probe.PublishAsync(comment);
        }

        var decisions = await bus.Probe.WaitForAsync(comments.Select(c => (string)c["commentId"]!).ToList());

        // The comments are decided concurrently, so whichever is counted third carries the campaign.
        var inCampaign = decisions.Where(d => d.Json.TryGetProperty("campaignId", out _)).ToList();
        inCampaign.Should().NotBeEmpty("the third distinct author reaches the threshold of three");
        inCampaign.Should().AllSatisfy(d =>
        {
            d.Json.GetProperty("decision").GetString().Should().Be("flagged");
            d.Json.GetProperty("reasons").EnumerateArray()
                .Should().Contain(r => r.GetProperty("category").GetString() == "spam" && r.GetProperty("source").GetString() == "campaign");
        });
    }

    [Fact]
    public async Task The_same_author_repeating_a_text_is_not_a_campaign()
    {
        var text = $"Saya ulangi pendapat saya tentang berita ini {Guid.NewGuid():N}";
        var comments = Enumerable.Range(0, 4).Select(_ => Comments.Valid(text: text, authorId: "u-repeat")).ToList();
        foreach (var comment in comments)
        {
            await bus.Probe.PublishAsync(comment);
        }

        var decisions = await bus.Probe.WaitForAsync(comments.Select(c => (string)c["commentId"]!).ToList());

        decisions.Select(d => d.Json.TryGetProperty("campaignId", out var id) ? id.GetString() : null).Should().AllBeEquivalentTo((string?)null);
    }
}
