namespace Moderation.Cli.Load;

/// <summary>What one target (the service or the baseline relay) did with one run's comments.</summary>
/// <param name="Duplicated">Extra decision events identical to the first (same outcome and message_id): a crash-window re-publication.</param>
/// <param name="Conflicting">Extra decision events that differ from the first: a broken exactly-once.</param>
/// <param name="Foreign">Decision events for comment ids this run did not publish (ignored).</param>
public sealed record LoadResult(
    string Target,
    int Published,
    int Decided,
    int Lost,
    int Duplicated,
    int Conflicting,
    int Foreign,
    double DecisionsPerSecond,
    double PublishedPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs)
{
    /// <summary>Peak resident memory of the measured process (VmHWM), when its pid was given.</summary>
    public long? PeakRssBytes { get; init; }

    /// <summary>CPU time the measured process used per decision during the run, when its pid was given.</summary>
    public double? CpuMsPerDecision { get; init; }
}
