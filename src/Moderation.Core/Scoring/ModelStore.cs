using Moderation.Normalisation;

namespace Moderation.Scoring;

/// <summary>Loads a trained model from a model directory (e.g. the repository's models/).</summary>
/// <remarks>Placeholder: a model with no heads. The model issue replaces this with the real loader.</remarks>
public static class ModelStore
{
    public static IModelScorer Load(string directory) => new EmptyScorer();

    private sealed class EmptyScorer : IModelScorer
    {
        public string Version => "untrained";

        public IReadOnlyList<string> Heads => [];

        public HeadScores Score(NormalisedText text) => new([], []);
    }
}
