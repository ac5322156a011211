namespace Moderation.Training.Evaluation;

/// <summary>Which of two models scored one label better: the evaluated model, the one it is compared with, or neither.</summary>
public enum Preference
{
    Model,
    Compare,
    Tie,
}
