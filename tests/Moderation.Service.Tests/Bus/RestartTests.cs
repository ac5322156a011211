using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

public sealed class RestartTests : IAsyncLifetime
{
    private RabbitVirtualHost _vhost = null!;
    private BusProbe _probe = null!;
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        _vhost = await RabbitVirtualHost.CreateAsync("restart");
        _probe = await BusProbe.ConnectAsync(_vhost);
    }

    public async Task DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _vhost.DisposeAsync();
    }

    [Fact]
    public async Task Every_comment_is_decided_exactly_once_across_a_restart_mid_stream()
    {
        var comments = Enumerable.Range(0, 300).Select(i => Comments.Valid(text: $"Komentar nomor {i} tentang berita hari ini", authorId: $"u-{i % 50}")).ToList();
        var ids = comments.Select(c => (string)c["commentId"]!).ToList();
        var first = ServiceHost.OnServers(_vhost, _prefix).Started();
        var firstMetrics = first.Metrics;
        foreach (var comment in comments)
        {
            await _probe.PublishAsync(comment);
        }

        await Eventually.GetAsync(() => Task.FromResult(_probe.Decisions.Count), n => n >= 30, TimeSpan.FromSeconds(30), "the first decisions");
        await first.DisposeAsync();
        await using var second = ServiceHost.OnServers(_vhost, _prefix).Started();

        try
        {
            await _probe.WaitForAsync(ids, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException timeout)
        {
            var parked = (await _probe.Channel.QueueDeclareAsync(Contracts.ModerationTopology.ErrorQueue, durable: true, exclusive: false, autoDelete: false)).MessageCount;
            throw new TimeoutException($"{timeout.Message}; {parked} message(s) in the error queue", timeout);
        }

        foreach (var id in ids)
        {
            var answers = _probe.For(id);
            answers.Select(a => a.MessageId).Distinct().Should().ContainSingle($"comment {id} has one decision");
            answers.Select(a => a.Body).Distinct().Should().ContainSingle($"comment {id} has one decision body");
        }

        var decided = await MetricValues.SumAsync(firstMetrics, "moderation_decisions_total")
            + await MetricValues.SumAsync(second.Metrics, "moderation_decisions_total");
        decided.Should().Be(comments.Count, "no comment is decided twice and none is lost");
    }
}
