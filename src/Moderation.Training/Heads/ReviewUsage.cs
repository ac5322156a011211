namespace Moderation.Training.Heads;

/// <summary>How a training run used the moderators' verdicts: rows read, rows that label at least one head, how they were
/// split, and per head how many positives and negatives went into fitting (train + validation; the test part is held out).</summary>
public sealed record ReviewUsage(int Rows, int Labelling, SplitSizes Split, IReadOnlyDictionary<string, ReviewHeadUse> Heads);

/// <summary>Review rows one head learned from (train + validation parts) and was tested on.</summary>
public sealed record ReviewHeadUse(int Positives, int Negatives, int Test);
