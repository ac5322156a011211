using Moderation.Faults.Tests.Hosting;
using Xunit.Abstractions;
using Moderation.Testing;

namespace Moderation.Faults.Tests;

/// <summary>Three real service processes on one broker and one Redis compete for the queue.</summary>
[Collection(DedicatedServersCollection.Name)]
public sealed class ScaleOutTests(DedicatedServers servers, ITestOutputHelper output)
{
    [Fact]
    public async Task Three_processes_share_the_work_and_decide_every_comment_exactly_once()
    {
        await servers.ResetQueuesAsync();
        var prefix = $"scale-{Guid.NewGuid():N}:";
        var services = Enumerable.Range(0, 3).Select(_ => new ServiceProcess(servers.RabbitMq, servers.Redis, prefix)).ToList();
        try
        {
            await Task.WhenAll(services.Select(s => s.StartAsync()));
            await using var log = await DecisionLog.StartAsync(servers);
            await using var publisher = await SteadyPublisher.ConnectAsync(servers);

            await publisher.RunAsync(900, 300);
            var ids = publisher.Published;
            await Eventually.GetAsync<int>(() => log.DecidedOf(ids), n => n == ids.Count, TimeSpan.FromSeconds(90), $"decisions for {ids.Count} comments");

            var outcome = Outcome.Of(ids, log, publisher.Republished, 0) with { FirstDecisionAfterFault = null, CaughtUpAfterFault = null };
            var shares = new List<double>();
            foreach (var service in services)
            {
                shares.Add(DecisionsIn(await service.MetricsAsync()));
            }

            output.WriteLine($"scale-out: {outcome}; decisions per process: {string.Join(", ", shares)}");
            outcome.Missing.Should().BeEmpty();
            outcome.Conflicting.Should().BeEmpty();
            outcome.IdenticalRepublications.Should().Be(0);
            shares.Should().OnlyContain(share => share > 0, because: "every process should take part as a competing consumer");
            shares.Sum().Should().Be(ids.Count);
        }
        finally
        {
            await Task.WhenAll(services.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    private static double DecisionsIn(string metrics) => MetricText.Sum(metrics, "moderation_decisions_total");
}
