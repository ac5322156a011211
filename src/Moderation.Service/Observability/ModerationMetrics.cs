using Prometheus;

namespace Moderation.Service.Observability;

/// <summary>The service's Prometheus metrics, in a registry of its own so /metrics shows exactly these and the runtime's.</summary>
public sealed class ModerationMetrics
{
    private readonly Counter _decisions;
    private readonly Histogram _latency;
    private readonly Counter _cacheLookups;
    private readonly Gauge _cacheHitRatio;
    private readonly Counter _errors;
    private readonly Counter _replays;
    private readonly Counter _reloadFailures;
    private readonly Counter _retries;
    private readonly Counter _copiesWaited;
    private long _hits;
    private long _lookups;

    public ModerationMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _decisions = factory.CreateCounter("moderation_decisions_total", "Decisions made, by outcome and first reason's category.", "decision", "category");
        _latency = factory.CreateHistogram("moderation_decision_duration_seconds", "Time to decide one comment (stores, model, policy).",
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.0005, 2, 14) });
        _cacheLookups = factory.CreateCounter("moderation_score_cache_lookups_total", "Score cache lookups, by result (hit or miss).", "result");
        _cacheHitRatio = factory.CreateGauge("moderation_score_cache_hit_ratio", "Score cache hits / lookups since start.");
        _errors = factory.CreateCounter("moderation_errors_total", "Messages moved to the error queue, by stage (receive: unreadable; consume: could not be decided).", "stage");
        _replays = factory.CreateCounter("moderation_decisions_replayed_total", "Redeliveries and duplicates answered with the recorded decision.");
        _retries = factory.CreateCounter("moderation_retries_total", "In-process retries of comments that could not be decided at once (Redis or broker unavailable).");
        _copiesWaited = factory.CreateCounter("moderation_copies_waited_total", "Copies of a comment whose decision another publish in flight was already sending; they waited for it instead of publishing again.");
        _reloadFailures = factory.CreateCounter("moderation_reload_failures_total", "Model or policy files rejected on load (the last good one stays).");
    }

    public CollectorRegistry Registry { get; }

    public void Decided(string decision, string category, TimeSpan elapsed)
    {
        _decisions.WithLabels(decision, category).Inc();
        _latency.Observe(elapsed.TotalSeconds);
    }

    public void Replayed() => _replays.Inc();

    public void CacheLookup(bool hit)
    {
        _cacheLookups.WithLabels(hit ? "hit" : "miss").Inc();
        var hits = hit ? Interlocked.Increment(ref _hits) : Interlocked.Read(ref _hits);
        var lookups = Interlocked.Increment(ref _lookups);
        _cacheHitRatio.Set((double)hits / lookups);
    }

    public void Error(string stage) => _errors.WithLabels(stage).Inc();

    public void ReloadFailed() => _reloadFailures.Inc();

    public void Retried() => _retries.Inc();

    public void CopyWaited() => _copiesWaited.Inc();
}
