using Moderation.Contracts;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Bus;

public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly PrivateRedis _redis = new();
    private RabbitVirtualHost _vhost = null!;
    private BusProbe _probe = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitVirtualHost.CreateAsync("outage");
        _probe = await BusProbe.ConnectAsync(_vhost);
    }

    public async Task DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _vhost.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_comment_submitted_while_redis_is_down_is_decided_once_redis_is_back()
    {
        await using var host = Host(("Moderation:RetryIntervals:0", "00:00:01"), ("Moderation:RetryIntervals:1", "00:00:01"),
            ("Moderation:RetryIntervals:2", "00:00:02"), ("Moderation:RetryIntervals:3", "00:00:04"), ("Moderation:RetryIntervals:4", "00:00:08"));
        var comment = Comments.Valid();
        await _probe.PublishAsync(comment);
        await Eventually.GetAsync(() => MetricValues.SumAsync(host.Metrics, "moderation_retries_total"), n => n >= 1,
            TimeSpan.FromSeconds(20), "a retry while Redis is down");

        await _redis.StartAsync();

        var decision = await _probe.WaitForAsync((string)comment["commentId"]!, TimeSpan.FromSeconds(30));
        decision.Decision.Should().Be("approved");
    }

    [Fact]
    public async Task A_comment_that_still_cannot_be_decided_is_parked_in_the_error_queue_with_the_reason()
    {
        await using var host = Host(("Moderation:RetryIntervals:0", "00:00:00.1"), ("Moderation:RetryIntervals:1", "00:00:00.1"));
        await _probe.PublishAsync(Comments.Valid());

        var parked = await Eventually.GetAsync(
            async () => (await _probe.Channel.QueueDeclareAsync(ModerationTopology.ErrorQueue, durable: true, exclusive: false, autoDelete: false)).MessageCount,
            depth => depth == 1, TimeSpan.FromSeconds(30), "the parked comment");

        parked.Should().Be(1);
        var message = await _probe.Channel.BasicGetAsync(ModerationTopology.ErrorQueue, autoAck: true);
        message!.BasicProperties.Headers.Should().ContainKey("MT-Fault-ExceptionType");
        (await MetricValues.SumAsync(host.Metrics, "moderation_errors_total{stage=\"consume\"")).Should().Be(1);
    }

    [Fact]
    public async Task Readiness_reports_unhealthy_while_redis_is_down()
    {
        await using var host = Host();

        var response = await host.CreateClient().GetAsync("/health/ready");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable);
    }

    private ServiceHost Host(params (string Key, string? Value)[] settings) =>
        ServiceHost.OnServers(_vhost, $"test:{Guid.NewGuid():N}:", [("ConnectionStrings:Redis", _redis.ConnectionString), .. settings]).Started();
}
