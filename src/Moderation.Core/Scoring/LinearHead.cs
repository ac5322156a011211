using Moderation.Features;

namespace Moderation.Scoring;

/// <summary>One head as a sparse dot product: weights (the ML.NET model's weights with the feature scale folded in),
/// bias, and the Platt calibration that turns the margin into a probability.</summary>
internal sealed class LinearHead(string name, float[] weights, float bias, float plattSlope, float plattOffset, float threshold)
{
    public string Name { get; } = name;

    public float Threshold { get; } = threshold;

    public float[] Weights { get; } = weights;

    public float Bias { get; } = bias;

    public float PlattSlope { get; } = plattSlope;

    public float PlattOffset { get; } = plattOffset;

    public float Probability(SparseFeatures features)
    {
        var margin = bias;
        var indices = features.Indices;
        var values = features.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            margin += weights[indices[i]] * values[i];
        }

        // ML.NET's PlattCalibrator: p = 1 / (1 + exp(slope * margin + offset)).
        return 1f / (1f + MathF.Exp(plattSlope * margin + plattOffset));
    }
}
