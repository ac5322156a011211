using Moderation.Decisions;

namespace Moderation.Policy;

/// <summary>How one category is decided: the signals that feed it, the article it cites, its thresholds and queue priority.</summary>
/// <param name="Law">The cited article, or null for site-etiquette categories.</param>
/// <param name="Flag">A category score at or above this flags the comment.</param>
/// <param name="Reject">A category score at or above this rejects it; null means this category never rejects on its own.</param>
/// <param name="Counters">Counter-signals and the factor each multiplies the category's model scores by when it fires.</param>
public sealed record CategoryPolicy(
    Category Category,
    string? Law,
    double Flag,
    double? Reject,
    int Priority,
    IReadOnlyList<SignalWeight> Signals,
    IReadOnlyDictionary<string, double> Counters);
