using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Moderation.Benchmarks;

/// <summary>Adds comments per second (operations per second, one operation being one comment) to the usual columns.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
}
