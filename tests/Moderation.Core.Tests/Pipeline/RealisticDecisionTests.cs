using Moderation.Decisions;
using Moderation.Pipeline;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>Decisions on realistic comments that the rules and policy must get right even with a model that reacts to nothing.</summary>
public class RealisticDecisionTests
{
    private static readonly DecisionPipeline Quiet = Pipelines.With();

    [Theory]
    [MemberData(nameof(RealisticComments.MustApprove), MemberType = typeof(RealisticComments))]
    public void Approves_criticism_literal_animals_anti_gambling_and_news(string comment) =>
        Quiet.Decide(new CommentInput(comment)).Decision.Should().Be(Decision.Approved);

    [Theory]
    [MemberData(nameof(RealisticComments.RuleCases), MemberType = typeof(RealisticComments))]
    public void Holds_or_rejects_what_the_rules_recognise(string comment, Decision decision, Category category)
    {
        var verdict = Quiet.Decide(new CommentInput(comment));
        verdict.Decision.Should().Be(decision);
        verdict.Reasons.Should().Contain(r => r.Category == category);
        verdict.Reasons.SelectMany(r => r.Evidence).Should().OnlyContain(e => comment.Substring(e.Start, e.Length) == e.Text);
    }
}
