namespace Moderation.Training.Evaluation;

/// <summary>One label column of an evaluation file with the covering head's score for every row.</summary>
public sealed record LabelScores(string Label, string Head, float[] Scores, bool[] Truth, BinaryMetrics Metrics);
