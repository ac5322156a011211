using Moderation.Pipeline;

namespace Moderation.Service.Loading;

/// <summary>A decision pipeline with the thresholds of the policy it was built from; swapped whole on reload.</summary>
public sealed record LoadedPipeline(DecisionPipeline Pipeline, SpamThresholds Thresholds);
