using System.Diagnostics;

namespace Moderation.Cli.Load;

/// <summary>Per comment of a run: when it was published, when its first decision arrived, and what came after it.</summary>
/// <remarks>Arrays indexed by the comment's number, written with Interlocked: no allocation per decision on the hot path.</remarks>
public sealed class DecisionTally(int count)
{
    private readonly long[] _published = new long[count];
    private readonly long[] _decided = new long[count];
    private readonly int[] _decisions = new int[count];
    private readonly int[] _outcome = new int[count];
    private readonly string?[] _messageId = new string?[count];
    private int _distinct;
    private int _identical;
    private int _conflicting;
    private int _foreign;
    private long _lastDecision;

    public int Count => count;

    /// <summary>Comments that have at least one decision.</summary>
    public int Decided => Volatile.Read(ref _distinct);

    public long LastDecisionTimestamp => Interlocked.Read(ref _lastDecision);

    public void Published(int index, long timestamp) => _published[index] = timestamp;

    /// <summary>Records a decision event for comment <paramref name="index"/> (outcome 1..3, the AMQP message_id).</summary>
    public void Received(int index, int outcome, string? messageId, long timestamp)
    {
        if ((uint)index >= (uint)count)
        {
            Interlocked.Increment(ref _foreign);
            return;
        }

        if (Interlocked.Increment(ref _decisions[index]) == 1)
        {
            _decided[index] = timestamp;
            _outcome[index] = outcome;
            Volatile.Write(ref _messageId[index], messageId);
            Interlocked.Increment(ref _distinct);
        }
        else if (_outcome[index] == outcome && _messageId[index] == messageId)
        {
            Interlocked.Increment(ref _identical);
        }
        else
        {
            Interlocked.Increment(ref _conflicting);
        }

        long last;
        do
        {
            last = Interlocked.Read(ref _lastDecision);
        }
        while (timestamp > last && Interlocked.CompareExchange(ref _lastDecision, timestamp, last) != last);
    }

    /// <summary>Decisions for comments of other runs or ids this run never published.</summary>
    public void Foreign() => Interlocked.Increment(ref _foreign);

    /// <summary>The numbers of the run, measured from <paramref name="started"/> (a Stopwatch timestamp).</summary>
    public LoadResult Result(string target, long started, long publishEnded)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            if (_decisions[i] > 0)
            {
                latencies.Add(Stopwatch.GetElapsedTime(_published[i], _decided[i]).TotalMilliseconds);
            }
        }

        latencies.Sort();
        var decided = Decided;
        var end = Math.Max(LastDecisionTimestamp, started);
        var seconds = Stopwatch.GetElapsedTime(started, end).TotalSeconds;
        return new LoadResult(
            target,
            count,
            decided,
            count - decided,
            _identical,
            _conflicting,
            _foreign,
            seconds > 0 ? decided / seconds : 0,
            count / Math.Max(Stopwatch.GetElapsedTime(started, publishEnded).TotalSeconds, 1e-9),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            latencies.Count > 0 ? latencies[^1] : double.NaN);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
