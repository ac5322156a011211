using Moderation.Decisions;
using Moderation.Pipeline;
using Moderation.Scoring;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>The same realistic comments, and the ones only a model can judge, through the trained model shipped in models/.</summary>
public class ShippedModelDecisionTests
{
    private static readonly Lazy<DecisionPipeline> Shipped = new(() => Pipelines.With(ModelStore.Load(ShippedModelTheoryAttribute.Directory)));

    [ShippedModelTheory]
    [MemberData(nameof(RealisticComments.MustApprove), MemberType = typeof(RealisticComments))]
    public void Approves_criticism_literal_animals_anti_gambling_and_news(string comment)
    {
        var verdict = Shipped.Value.Decide(new CommentInput(comment));
        verdict.Decision.Should().Be(Decision.Approved, "reasons: {0}", string.Join("; ", verdict.Reasons.Select(r => $"{r.Category} {r.Source} {r.Score}")));
    }

    [ShippedModelTheory]
    [MemberData(nameof(RealisticComments.RuleCases), MemberType = typeof(RealisticComments))]
    public void Holds_or_rejects_what_the_rules_recognise(string comment, Decision decision, Category category)
    {
        var verdict = Shipped.Value.Decide(new CommentInput(comment));
        verdict.Decision.Should().Be(decision);
        verdict.Reasons.Should().Contain(r => r.Category == category);
    }

    [ShippedModelTheory]
    [MemberData(nameof(RealisticComments.ModelCases), MemberType = typeof(RealisticComments))]
    public void Flags_insults_hate_and_regional_abuse(string comment, Category category)
    {
        var verdict = Shipped.Value.Decide(new CommentInput(comment));
        verdict.Decision.Should().Be(Decision.Flagged, "scores: {0}", string.Join(", ", verdict.Scores.Select(s => $"{s.Key} {s.Value}")));
        verdict.Reasons.Should().Contain(r => r.Category == category);
    }

    [ShippedModelTheory]
    [InlineData("Timnas menang 4-0, gacor banget lini depannya!")]
    [InlineData("Mantap bos, jp terus timnas")]
    public void Never_rejects_sports_slang_that_sounds_like_gambling(string comment) =>
        Shipped.Value.Decide(new CommentInput(comment)).Decision.Should().NotBe(Decision.Rejected);
}
