using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

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

    private static void Mark(string what)
    {
        if (Environment.GetEnvironmentVariable("MODERATION_TEST_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss.fff} TEST {what}\n");
        }
    }

    [Fact]
    public async Task Every_comment_is_decided_exactly_once_across_a_restart_mid_stream()
    {
        var comments = Enumerable.Range(0, 300).Select(i => Comments.Valid(text: $"Komentar nomor {i} tentang berita hari ini", authorId: $"u-{i % 50}")).ToList();
        var ids = comments.Select(c => (string)c["commentId"]!).ToList();
        var first = ServiceHost.OnServers(_vhost, _prefix, ("Logging:LogLevel:MassTransit", "Debug")).Started();
        var firstMetrics = first.Metrics;
        foreach (var comment in comments)
        {
            await _probe.PublishAsync(comment);
        }

        await Eventually.GetAsync(() => Task.FromResult(_probe.Decisions.Count), n => n >= 30, TimeSpan.FromSeconds(30), "the first decisions");
        Mark("stop");
        await first.StopAsync();
        Mark("stopped");
        await first.DisposeAsync();
        Mark("disposed");
        await using var second = ServiceHost.OnServers(_vhost, _prefix).Started();

        try
        {
            await _probe.WaitForAsync(ids, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException timeout)
        {
            var parked = (await _probe.Channel.QueueDeclareAsync(Contracts.ModerationTopology.ErrorQueue, durable: true, exclusive: false, autoDelete: false)).MessageCount;
            var sample = await _probe.Channel.BasicGetAsync(Contracts.ModerationTopology.ErrorQueue, autoAck: false);
            var reason = sample?.BasicProperties.Headers is { } headers && headers.TryGetValue("MT-Fault-Message", out var message) && message is byte[] bytes
                ? System.Text.Encoding.UTF8.GetString(bytes)
                : "no fault message";
            throw new TimeoutException($"{timeout.Message}; {parked} message(s) in the error queue, e.g. {reason}", timeout);
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
