using Moderation.Normalisation;
using Moderation.Service.Loading;

namespace Moderation.Service.Moderating;

/// <summary>A valid comment's text as the pipeline reads it: normalised, its score cache key, and its campaign fingerprint (null
/// when too short).</summary>
internal sealed record ReadableText(NormalisedText Normalised, string ScoreKey, string? Fingerprint)
{
    public static ReadableText Of(string text, LoadedPipeline loaded)
    {
        var (pipeline, thresholds) = loaded;
        var normalised = pipeline.Normalise(text);
        return new ReadableText(normalised, ScoreCacheKey.For(pipeline, normalised), TextFingerprint.Of(normalised.Folded.Text, thresholds.CampaignMinLetters));
    }
}
