using Spectre.Console;

namespace Moderation.Cli.Load;

/// <summary>One `load` invocation: the baseline relay (when asked) and then the service, each warmed up and then measured
/// with the same comments on the same broker, with progress on stderr.</summary>
public static class LoadSession
{
    public static async Task<IReadOnlyList<LoadResult>> RunAsync(LoadSettings settings, int warmup, CancellationToken cancellationToken)
    {
        var texts = CommentSource.Runs(warmup, settings.Count, settings.CsvPath, settings.TextColumn);
        var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var results = new List<LoadResult>();
        if (settings.Baseline)
        {
            await using var relay = await BaselineRelay.StartAsync(settings.Broker, settings.QueueType, settings.Prefetch, settings.RelayConcurrency, cancellationToken);
            results.Add(await MeasureAsync(progress, LoadTarget.Baseline, settings, texts, () => { }, cancellationToken));
        }

        if (settings.Service)
        {
            TimeSpan? cpuBefore = null;
            var result = await MeasureAsync(progress, LoadTarget.Service, settings, texts,
                () => cpuBefore = settings.ServicePid is { } pid ? ProcessCpu.Of(pid) : null, cancellationToken);
            if (settings.ServicePid is { } servicePid)
            {
                var cpu = ProcessCpu.Of(servicePid) - cpuBefore;
                result = result with
                {
                    PeakRssBytes = PeakMemory.Of(servicePid),
                    CpuMsPerDecision = cpu is { } used && result.Decided > 0 ? used.TotalMilliseconds / result.Decided : null,
                };
            }

            results.Add(result);
        }

        return results;
    }

    private static async Task<LoadResult> MeasureAsync(IAnsiConsole progress, LoadTarget target, LoadSettings settings,
        (IReadOnlyList<string> Warmup, IReadOnlyList<string> Measured) texts, Action measuring, CancellationToken cancellationToken)
    {
        if (texts.Warmup.Count > 0)
        {
            var warmupId = $"w{Guid.NewGuid():N}"[..9];
            var warm = new LoadRun(target, warmupId, texts.Warmup.Count);
            var warmResult = await warm.RunAsync(settings.Broker, CommentSource.Bodies(warmupId, texts.Warmup, settings.Authors), 0,
                settings.Settle, cancellationToken);
            if (warmResult.Decided == 0)
            {
                throw new InvalidOperationException(
                    $"The {target.Name} answered none of {texts.Warmup.Count} warm-up comments within {settings.Settle.TotalSeconds:0} s: is it running on this broker and vhost?");
            }
        }

        measuring();
        var runId = Guid.NewGuid().ToString("N")[..8];
        var bodies = CommentSource.Bodies(runId, texts.Measured, settings.Authors);
        var run = new LoadRun(target, runId, bodies.Length);
        LoadResult? result = null;
        await progress.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var published = context.AddTask($"{target.Name}: published", maxValue: bodies.Length);
                var decided = context.AddTask($"{target.Name}: decided", maxValue: bodies.Length);
                var running = run.RunAsync(settings.Broker, bodies, settings.Rate, settings.Settle, cancellationToken);
                while (!running.IsCompleted)
                {
                    published.Value = run.Published;
                    decided.Value = run.Tally.Decided;
                    await Task.WhenAny(running, Task.Delay(200, cancellationToken));
                }

                result = await running;
                published.Value = run.Published;
                decided.Value = run.Tally.Decided;
            });
        return result!;
    }
}
