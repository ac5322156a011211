using System.Globalization;
using Spectre.Console;

namespace Moderation.Cli.Load;

/// <summary>Prints the results of a `load` invocation as a table (stdout), and the service/baseline ratio when both ran.</summary>
public static class LoadReport
{
    public static void Write(IAnsiConsole console, LoadSettings settings, IReadOnlyList<LoadResult> results)
    {
        var pace = settings.FlatOut ? "flat out" : $"{settings.Rate.ToString("0", CultureInfo.InvariantCulture)}/s";
        var table = new Table().Title($"moderation load: {settings.Count} comments, {pace}, {settings.QueueType} queue, prefetch {settings.Prefetch}");
        table.AddColumns("target", "published/s", "decisions/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "lost", "duplicated", "conflicting", "peak RSS MB", "CPU ms/decision");
        foreach (var r in results)
        {
            table.AddRow(r.Target, F(r.PublishedPerSecond, "0"), F(r.DecisionsPerSecond, "0"), F(r.P50Ms, "0.0"), F(r.P95Ms, "0.0"), F(r.P99Ms, "0.0"), F(r.MaxMs, "0.0"),
                r.Lost.ToString(CultureInfo.InvariantCulture), r.Duplicated.ToString(CultureInfo.InvariantCulture), r.Conflicting.ToString(CultureInfo.InvariantCulture),
                r.PeakRssBytes is { } rss ? F(rss / 1048576.0, "0") : "-", r.CpuMsPerDecision is { } cpu ? F(cpu, "0.00") : "-");
        }

        console.Write(table);
        var service = results.FirstOrDefault(r => r.Target == LoadTarget.Service.Name);
        var baseline = results.FirstOrDefault(r => r.Target == LoadTarget.Baseline.Name);
        if (service is not null && baseline is not null && baseline.DecisionsPerSecond > 0)
        {
            console.WriteLine($"ratio service/baseline: {F(service.DecisionsPerSecond / baseline.DecisionsPerSecond, "0.00")}");
        }

        // One line per target for scripts and logs (the table is for people).
        foreach (var r in results)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"result target={r.Target.Replace(' ', '-')} published={r.Published} decided={r.Decided} lost={r.Lost} duplicated={r.Duplicated} conflicting={r.Conflicting} decisions_per_s={r.DecisionsPerSecond:0} p50_ms={r.P50Ms:0.00} p95_ms={r.P95Ms:0.00} p99_ms={r.P99Ms:0.00} peak_rss_mb={(r.PeakRssBytes is { } b ? (b / 1048576.0).ToString("0", CultureInfo.InvariantCulture) : "-")} cpu_ms_per_decision={(r.CpuMsPerDecision is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "-")}"));
        }
    }

    private static string F(double value, string format) => double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);
}
