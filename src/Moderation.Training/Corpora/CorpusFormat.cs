namespace Moderation.Training.Corpora;

/// <summary>The training and evaluation file formats the CLI recognises by their header.</summary>
public enum CorpusFormat
{
    HateSpeech,
    Gambling,

    /// <summary>The moderators' verdicts as `export-labels` writes them (<see cref="ReviewLabels.Header"/>).</summary>
    Reviews,
}
