using Moderation.Faults.Tests.Hosting;
using Xunit.Abstractions;
using Moderation.Testing;

namespace Moderation.Faults.Tests;

/// <summary>A service started while RabbitMQ is down (a broker restart, or a deployment that starts the service first) waits for
/// the broker and then works, instead of crashing into a restart loop.</summary>
[Collection(DedicatedServersCollection.Name)]
public sealed class BrokerAtStartTests(DedicatedServers servers, ITestOutputHelper output)
{
    [Fact]
    public async Task A_service_started_while_the_broker_is_down_waits_for_it_and_then_decides()
    {
        await servers.ResetQueuesAsync();
        await servers.StopRabbitMqAsync();
        var service = new ServiceProcess(servers.RabbitMq, servers.Redis, $"late-{Guid.NewGuid():N}:");
        try
        {
            var starting = service.StartAsync(TimeSpan.FromSeconds(180));
            await Eventually.GetAsync(() => Task.FromResult(service.Log), log => log.Contains("cannot be reached") || starting.IsCompleted,
                TimeSpan.FromSeconds(60), "the service to say the broker cannot be reached");
            starting.IsCompleted.Should().BeFalse("the service waits for the broker rather than exiting or claiming to be ready");

            await servers.StartRabbitMqAsync();
            await starting;

            await using var log = await DecisionLog.StartAsync(servers);
            await using var publisher = await SteadyPublisher.ConnectAsync(servers);
            var ids = Enumerable.Range(0, 5).Select(i => $"late-{Guid.NewGuid():N}-{i}").ToList();
            foreach (var id in ids)
            {
                await publisher.PublishRawAsync(SteadyPublisher.Body(id, "Semoga perdamaian segera tercapai."));
            }

            await Eventually.GetAsync<int>(() => log.DecidedOf(ids), n => n == ids.Count, TimeSpan.FromSeconds(60), "decisions for the comments published after the broker came up");
            output.WriteLine(string.Join(Environment.NewLine, service.Log.Split('\n').Where(line => line.Contains("cannot be reached")).Take(3)));
        }
        finally
        {
            await servers.StartRabbitMqAsync();
            await service.DisposeAsync();
        }
    }
}
