using System.Diagnostics;
using Moderation.Contracts;
using Xunit.Abstractions;
using Moderation.Testing;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>Steady load on the dedicated servers with a fault in the middle: publish, break something, repair it, wait
/// until every comment is decided (or the timeout), and tally.</summary>
public static class Scenario
{
    public const int Comments = 600;
    public const int PerSecond = 100;

    /// <summary>Runs <paramref name="fault"/> once a third of the comments are published; it returns when the fault ended.
    /// <paramref name="serviceLog"/> gives the service's output, written to the test output when decisions are missing.</summary>
    public static async Task<Outcome> RunAsync(DedicatedServers servers, ITestOutputHelper output, string name, Func<string> serviceLog,
        Func<Task> fault, Func<DecisionLog, Task>? whileRunning = null, int comments = Comments)
    {
        await using var log = await DecisionLog.StartAsync(servers);
        await using var publisher = await SteadyPublisher.ConnectAsync(servers);
        var publishing = publisher.RunAsync(comments, PerSecond);
        await Eventually.GetAsync<int>(() => publisher.Published.Count, n => n >= comments / 3 || publishing.IsCompleted, TimeSpan.FromSeconds(60), "a third of the comments published");
        var publishedBeforeFault = publisher.Published.Count;
        var faultStarted = Stopwatch.GetTimestamp();
        await fault();
        var faultEnded = Stopwatch.GetTimestamp();
        var publishedByThen = publisher.Published;
        var undecidedWhenFaultEnded = publishedByThen.Count - log.DecidedOf(publishedByThen);
        output.WriteLine($"{name}: fault lasted {Stopwatch.GetElapsedTime(faultStarted, faultEnded).TotalSeconds:0.00} s");
        if (whileRunning is not null)
        {
            await whileRunning(log);
        }

        await publishing;
        var ids = publisher.Published;
        try
        {
            await Eventually.GetAsync<int>(() => log.DecidedOf(ids), n => n == ids.Count, TimeSpan.FromSeconds(150), $"decisions for all {ids.Count} comments");
        }
        catch (TimeoutException)
        {
            // Where the comments stopped: still in the service's queue, or decided but not read by the test's log.
            output.WriteLine($"{name}: {await servers.DescribeQueueAsync(ModerationTopology.ServiceQueue)}");
            output.WriteLine($"{name}: {await servers.DescribeQueueAsync(log.Queue)} (the test's decision log)");
            output.WriteLine($"{name}: the service's output:{Environment.NewLine}{serviceLog()}");
            throw;
        }

        var outcome = Outcome.Of(ids, log, publisher.Republished, faultEnded, undecidedWhenFaultEnded, publishedByThen.Count - publishedBeforeFault);
        output.WriteLine($"{name}: {outcome}");
        foreach (var id in outcome.Conflicting)
        {
            output.WriteLine($"{name}: {id} got " + string.Join("; ", log.For(id).Select(r => $"{r.Decision} {r.Category} ({r.Detail}) message id {r.MessageId}")));
        }

        return outcome;
    }
}
