namespace Moderation.Training.Evaluation;

/// <summary>One label column of an evaluation file with the covering head's score for every row that carries the label.</summary>
/// <param name="Rows">The corpus row of each score (a review export leaves some rows unlabelled for some heads).</param>
public sealed record LabelScores(string Label, string Head, float[] Scores, bool[] Truth, BinaryMetrics Metrics, int[] Rows);
