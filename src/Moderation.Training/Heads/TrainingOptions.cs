using Moderation.Features;

namespace Moderation.Training.Heads;

/// <summary>The settings of one training run; the defaults are the ones chosen on the validation split.</summary>
/// <param name="NbAlpha">Smoothing of the naive-Bayes log-count ratios that scale each head's features; 0 turns the scaling off.</param>
public sealed record TrainingOptions(
    FeatureSettings Features,
    float L1 = 0.01f,
    float L2 = 0.03f,
    float NbAlpha = 1.0f,
    int Seed = 20261125,
    double ValidationFraction = 0.15,
    double TestFraction = 0.15,
    bool Refit = true,
    string Version = "2026-11-25.1")
{
    public static TrainingOptions Default { get; } = new(new FeatureSettings());
}
