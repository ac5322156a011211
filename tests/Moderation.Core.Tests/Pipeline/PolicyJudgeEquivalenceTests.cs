using System.Globalization;
using System.Text;
using Moderation.Core.Tests.Features;
using Moderation.Decisions;
using Moderation.Normalisation;
using Moderation.Pipeline;
using Moderation.Policy;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>The policy judge gives exactly the verdict of <see cref="ReferencePolicyJudge"/> (the judge before it stopped
/// allocating per comment): same decision, priority, scores, reasons in the same order, evidence, bit for bit.</summary>
public class PolicyJudgeEquivalenceTests
{
    private static readonly TextNormaliser Normaliser = new();
    private static readonly RuleSet Rules = new RuleSet().WarmUp();
    private static readonly Lazy<LinearModel> Model = new(() => ModelStore.Load(ShippedModelTheoryAttribute.Directory));

    // No context, a fast author, a campaign, and both at once (the service measures these).
    private static readonly IReadOnlyList<ContextSignal>[] Contexts =
    [
        [],
        [new ContextSignal(PolicySignals.Velocity, 0.8, "12 comments in 60 s")],
        [new ContextSignal(PolicySignals.Campaign, 1.0, "same text from 5 authors", "campaign-1")],
        [new ContextSignal(PolicySignals.Velocity, 1.0, "20 comments in 60 s"), new ContextSignal(PolicySignals.Campaign, 0.7, "near copies", "campaign-2")],
    ];

    private static readonly string?[] Sections = [null, "anak", "unknown-section"];

    [SharedCorporaFact]
    public void Gives_the_reference_verdict_for_every_line_of_the_shared_corpora_with_the_shipped_model()
    {
        var lines = SharedCorporaFactAttribute.Lines().ToList();

        lines.Should().HaveCountGreaterThan(10_000);
        AssertSameVerdicts(lines, random: null);
    }

    [SharedCorporaFact]
    public void Gives_the_reference_verdict_for_the_shared_corpora_under_random_head_scores()
    {
        // Random scores reach the thresholds, kinds, corroboration and reject paths the shipped model rarely takes.
        var sample = SharedCorporaFactAttribute.Lines().Where((_, i) => i % 3 == 0).ToList();

        AssertSameVerdicts(sample, new Random(20261126));
    }

    [Fact]
    public void Gives_the_reference_verdict_for_the_realistic_comments_under_random_head_scores()
    {
        var comments = ((IEnumerable<object[]>)RealisticComments.MustApprove).Concat(RealisticComments.RuleCases).Concat(RealisticComments.ModelCases)
            .Select(row => (string)row[0])
            .ToList();

        AssertSameVerdicts(comments, new Random(7));
    }

    [Fact]
    public void Orders_reasons_by_priority_then_score_keeping_ties_in_the_order_found()
    {
        // Two phone numbers and an address: personal-data reasons of equal priority, some of equal score.
        const string comment = "Hubungi 0812-3456-7890 atau 0813-1111-2222, rumahnya di Jl. Mawar No. 12 RT 03 RW 05. Gw bunuh lu!";
        var text = Normaliser.Normalise(comment);
        var assessment = new TextAssessment(Scores(new Random(1)), Rules.Match(text));

        var actual = PolicyJudge.Judge(Pipelines.ShippedPolicy, "m", new CommentInput(comment), text, assessment, Contexts[3]);
        var expected = ReferencePolicyJudge.Judge(Pipelines.ShippedPolicy, "m", new CommentInput(comment), text, assessment, Contexts[3]);

        actual.Reasons.Should().HaveCountGreaterThan(2);
        Describe(actual).Should().Be(Describe(expected));
    }

    private static void AssertSameVerdicts(IReadOnlyList<string> comments, Random? random)
    {
        var policy = Pipelines.ShippedPolicy;
        for (var n = 0; n < comments.Count; n++)
        {
            var comment = new CommentInput(comments[n], Sections[n % Sections.Length]);
            var text = Normaliser.Normalise(comment.Text);
            var scores = random is null ? Model.Value.Score(text) : Scores(random);
            var assessment = new TextAssessment(scores, Rules.Match(text));
            var context = Contexts[(n / Sections.Length) % Contexts.Length];

            var expected = Describe(ReferencePolicyJudge.Judge(policy, "model-1", comment, text, assessment, context));
            var actual = Describe(PolicyJudge.Judge(policy, "model-1", comment, text, assessment, context));
            if (actual != expected)
            {
                actual.Should().Be(expected, $"the verdict on \"{comment.Text}\" (section {comment.Section ?? "none"})");
            }
        }
    }

    private static HeadScores Scores(Random random)
    {
        string[] heads = ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "Gambling"];
        return new HeadScores(heads, heads.Select(_ => random.Next(4) == 0 ? 0.98f + (float)random.NextDouble() * 0.02f : (float)random.NextDouble()).ToArray());
    }

    /// <summary>Every field of a verdict, doubles as their bits, in order.</summary>
    private static string Describe(Verdict verdict)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{verdict.Decision} {verdict.Priority} {verdict.ModelVersion} {verdict.PolicyVersion} {verdict.CampaignId}\n");
        foreach (var (category, score) in verdict.Scores)
        {
            text.Append(CultureInfo.InvariantCulture, $"score {category} {BitConverter.DoubleToInt64Bits(score)}\n");
        }

        foreach (var reason in verdict.Reasons)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"reason {reason.Category} {reason.Law} {reason.Source} {BitConverter.DoubleToInt64Bits(reason.Score)} {reason.Kind} {reason.Detail}\n");
            foreach (var evidence in reason.Evidence)
            {
                text.Append(CultureInfo.InvariantCulture, $"  evidence {evidence.Start} {evidence.Length} {evidence.Text}\n");
            }
        }

        return text.ToString();
    }
}
