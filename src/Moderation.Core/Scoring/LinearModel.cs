using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Scoring;

/// <summary>A loaded model: featurises a comment once and scores every head from those features. Immutable and thread-safe.</summary>
public sealed class LinearModel : IModelScorer
{
    // Weights interleaved by slot (slot * heads + head): one comment's features touch one cache line per slot for all
    // heads, instead of one per slot per head.
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly float[] _slopes;
    private readonly float[] _offsets;

    internal LinearModel(string version, CommentFeaturizer featurizer, LinearHead[] heads)
    {
        Version = version;
        Featurizer = featurizer;
        Heads = heads.Select(h => h.Name).ToArray();
        Thresholds = heads.ToDictionary(h => h.Name, h => h.Threshold, StringComparer.Ordinal);
        var dimension = featurizer.Settings.Dimension;
        _weights = new float[dimension * heads.Length];
        for (var h = 0; h < heads.Length; h++)
        {
            var weights = heads[h].Weights;
            for (var slot = 0; slot < dimension; slot++)
            {
                _weights[slot * heads.Length + h] = weights[slot];
            }
        }

        _biases = heads.Select(h => h.Bias).ToArray();
        _slopes = heads.Select(h => h.PlattSlope).ToArray();
        _offsets = heads.Select(h => h.PlattOffset).ToArray();
    }

    public string Version { get; }

    public IReadOnlyList<string> Heads { get; }

    /// <summary>The operating threshold of each head, chosen on validation data for the best F1.</summary>
    public IReadOnlyDictionary<string, float> Thresholds { get; }

    public CommentFeaturizer Featurizer { get; }

    public HeadScores Score(NormalisedText text) => Score(Featurizer.Featurise(text));

    public HeadScores Score(SparseFeatures features)
    {
        var heads = _biases.Length;
        var margins = new float[heads];
        _biases.CopyTo(margins, 0);
        var indices = features.Indices;
        var values = features.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            var row = _weights.AsSpan(indices[i] * heads, heads);
            var value = values[i];
            for (var h = 0; h < heads; h++)
            {
                margins[h] += row[h] * value;
            }
        }

        // ML.NET's PlattCalibrator: p = 1 / (1 + exp(slope * margin + offset)).
        for (var h = 0; h < heads; h++)
        {
            margins[h] = 1f / (1f + MathF.Exp(_slopes[h] * margins[h] + _offsets[h]));
        }

        return new HeadScores(Heads, margins);
    }
}
