namespace Moderation.Scoring;

/// <summary>One head in model.json: its name, the ML.NET model file, the per-feature scale file, the operating threshold
/// chosen on validation data, and the metrics measured for it (keyed by split, e.g. "validation", "test").</summary>
public sealed record ManifestHead(
    string Name,
    string ModelFile,
    string ScaleFile,
    float Threshold,
    IReadOnlyDictionary<string, HeadMetrics>? Metrics = null);
