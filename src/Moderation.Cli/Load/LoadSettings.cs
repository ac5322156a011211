namespace Moderation.Cli.Load;

/// <summary>What one `load` invocation does: where, how many, how fast, and which queue settings the baseline relay copies.</summary>
public sealed record LoadSettings(
    Uri Broker,
    int Count,
    double Rate,
    string? CsvPath,
    string TextColumn,
    bool Baseline,
    bool Service,
    string QueueType,
    ushort Prefetch,
    ushort RelayConcurrency,
    TimeSpan Settle,
    int? ServicePid,
    int Authors)
{
    /// <summary>True when comments are published as fast as the broker confirms them.</summary>
    public bool FlatOut => Rate <= 0;
}
