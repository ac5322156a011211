namespace Moderation.Training.Heads;

/// <summary>How far a training run is: steps done out of the total, and what it is doing now.</summary>
public sealed record TrainingProgress(int Done, int Total, string Stage);
