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
    [MemberData(nameof(RealisticComments.ModelCases), MemberType = typeof(RealisticComments))]
    public void Every_model_reason_shows_the_words_of_the_comment_that_drove_it(string comment, Category category)
    {
        var reasons = Shipped.Value.Decide(new CommentInput(comment)).Reasons.Where(r => r.Source == ReasonSource.Model).ToList();

        reasons.Should().Contain(r => r.Category == category);
        foreach (var reason in reasons)
        {
            reason.Evidence.Should().NotBeEmpty("the {0} reason", reason.Category);
            reason.Evidence.Should().AllSatisfy(e => comment.Substring(e.Start, e.Length).Should().Be(e.Text));
        }
    }

    [ShippedModelTheory]
    [InlineData("Cina-cina itu memang penjajah, usir saja semua dari negeri ini", Category.Hate, "Cina-cina", "itu")]
    [InlineData("Dasar goblok lu, baca berita aja gak becus", Category.Profanity, "goblok", "berita")]
    [InlineData("Slot gacor hari ini di NAGA88, deposit 10rb langsung maxwin", Category.Gambling, "gacor", "hari")]
    public void A_model_reason_points_at_the_words_a_moderator_would(string comment, Category category, string driving, string neutral)
    {
        var reason = Shipped.Value.Decide(new CommentInput(comment)).Reasons.Single(r => r.Category == category && r.Source == ReasonSource.Model);

        var words = reason.Evidence.Select(e => e.Text).ToList();
        words.Should().Contain(driving).And.NotContain(w => w.Contains(neutral, StringComparison.OrdinalIgnoreCase));
        words.Should().HaveCountLessThanOrEqualTo(3);
    }

    [ShippedModelTheory]
    [InlineData("Timnas menang 4-0, gacor banget lini depannya!")]
    [InlineData("Mantap bos, jp terus timnas")]
    public void Never_rejects_sports_slang_that_sounds_like_gambling(string comment) =>
        Shipped.Value.Decide(new CommentInput(comment)).Decision.Should().NotBe(Decision.Rejected);
}
