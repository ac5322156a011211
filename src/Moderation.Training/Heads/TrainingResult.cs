namespace Moderation.Training.Heads;

/// <summary>The outcome of a training run: the model version, per-head reports, split sizes, how the moderators' verdicts
/// were used (null: none given) and how long it took.</summary>
public sealed record TrainingResult(
    string Version,
    TrainingOptions Options,
    IReadOnlyList<HeadReport> Heads,
    IReadOnlyDictionary<string, SplitSizes> Splits,
    TimeSpan Elapsed,
    ReviewUsage? Reviews = null);

/// <summary>Rows per split part of one corpus.</summary>
public sealed record SplitSizes(int Train, int Validation, int Test);
