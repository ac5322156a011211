using Moderation.Core.Tests.Policy;
using Moderation.Normalisation;
using Moderation.Pipeline;
using Moderation.Policy;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>The decision pipeline with the real normaliser, rules and shipped policy, and a model of the test's choosing.</summary>
internal static class Pipelines
{
    private static readonly TextNormaliser Normaliser = new();
    private static readonly RuleSet Rules = new RuleSet().WarmUp();

    public static ModerationPolicy ShippedPolicy { get; } = ModerationPolicy.Load(PolicyJson.ShippedPath);

    public static DecisionPipeline With(IModelScorer scorer) => new(Normaliser, scorer, Rules, ShippedPolicy);

    public static DecisionPipeline With(params (string Head, float Score)[] scores) => With(new FakeScorer(scores));
}
