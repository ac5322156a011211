namespace Moderation.Scoring;

/// <summary>A feature that raised a head's margin: its slot and its contribution (weight x feature value) to the margin.
/// A driver with no positive contribution is an empty place.</summary>
public readonly record struct ScoreDriver(int Slot, float Contribution);
