namespace Moderation.Scoring;

/// <summary>Measured quality of one head on one data split, at its operating threshold.</summary>
public sealed record HeadMetrics(double Precision, double Recall, double F1, double Auc, int Support, int Count);
