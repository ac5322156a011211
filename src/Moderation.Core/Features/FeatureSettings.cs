namespace Moderation.Features;

/// <summary>How comments are turned into hashed sparse features; saved with the model so prediction featurises exactly as training did.</summary>
/// <param name="HashBits">The feature space has 2^HashBits slots.</param>
/// <param name="MaxWordNgram">Word n-grams from 1 up to this length.</param>
/// <param name="MinCharNgram">Shortest char n-gram, taken inside each word padded with a space at both ends.</param>
/// <param name="MaxCharNgram">Longest char n-gram.</param>
/// <param name="FoldedWords">Also add word unigrams of the folded view (spelling and digits as written, so brand-with-digits
/// names and slang spellings count as well as their canonical form).</param>
/// <param name="WritingSignals">Also write the dense <see cref="Moderation.Features.WritingSignals"/> into the top slots of the space
/// (hashed features never land there). Off in models saved before it existed.</param>
public sealed record FeatureSettings(
    int HashBits = 18, int MaxWordNgram = 2, int MinCharNgram = 2, int MaxCharNgram = 5, bool FoldedWords = true, bool WritingSignals = false)
{
    public int Dimension => 1 << HashBits;

    /// <summary>The first slot of the dense writing signals, or <see cref="Dimension"/> when they are off.</summary>
    public int SignalStart => WritingSignals ? Dimension - Moderation.Features.WritingSignals.Count : Dimension;

    public void Validate()
    {
        if (HashBits is < 10 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, "HashBits must be between 10 and 24.");
        }

        if (MaxWordNgram is < 1 or > 3 || MinCharNgram < 1 || MaxCharNgram < MinCharNgram || MaxCharNgram > 8)
        {
            throw new ArgumentException("Invalid n-gram ranges.");
        }
    }
}
