using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Scoring;

/// <summary>A loaded model: featurises a comment once and scores every head from those features. Immutable and thread-safe.</summary>
public sealed class LinearModel : IModelScorer
{
    private readonly LinearHead[] _heads;

    internal LinearModel(string version, CommentFeaturizer featurizer, LinearHead[] heads)
    {
        Version = version;
        Featurizer = featurizer;
        _heads = heads;
        Heads = heads.Select(h => h.Name).ToArray();
        Thresholds = heads.ToDictionary(h => h.Name, h => h.Threshold, StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyList<string> Heads { get; }

    /// <summary>The operating threshold of each head, chosen on validation data for the best F1.</summary>
    public IReadOnlyDictionary<string, float> Thresholds { get; }

    public CommentFeaturizer Featurizer { get; }

    public HeadScores Score(NormalisedText text) => Score(Featurizer.Featurise(text));

    public HeadScores Score(SparseFeatures features)
    {
        var values = new float[_heads.Length];
        for (var h = 0; h < _heads.Length; h++)
        {
            values[h] = _heads[h].Probability(features);
        }

        return new HeadScores(Heads, values);
    }
}
