using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Scoring;

/// <summary>Featurises a comment once and scores every model head from those features. Safe to call from many threads.</summary>
public interface IModelScorer
{
    /// <summary>The model version decisions carry, e.g. "2026-11-25.1".</summary>
    string Version { get; }

    IReadOnlyList<string> Heads { get; }

    HeadScores Score(NormalisedText text);

    /// <summary>Where in <paramref name="text"/> the features of <paramref name="drivers"/> (from this scorer's
    /// <see cref="HeadScores.Drivers"/> for the same text) lie; a scorer that cannot say adds nothing.</summary>
    void Locate(NormalisedText text, ReadOnlySpan<ScoreDriver> drivers, List<FeatureSpan> into)
    {
    }
}
