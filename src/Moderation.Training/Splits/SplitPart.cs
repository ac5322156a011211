namespace Moderation.Training.Splits;

/// <summary>Where a row goes: fitted on, used to choose settings and thresholds, or only reported on.</summary>
public enum SplitPart
{
    Train,
    Validation,
    Test,
}
