using Moderation.Normalisation;
using DecisionPipeline = Moderation.Pipeline.DecisionPipeline;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Moderating;

/// <summary>The score cache key of a normalised text: model and policy versions (a reloaded model must not be answered
/// from the old one's scores) and the SHA-256 of the folded text.</summary>
public static class ScoreCacheKey
{
    public static string For(DecisionPipeline pipeline, NormalisedText text) =>
        $"{pipeline.ModelVersion}:{pipeline.PolicyVersion}:{DecisionKey.Sha256Hex(text.Folded.Text)}";
}
