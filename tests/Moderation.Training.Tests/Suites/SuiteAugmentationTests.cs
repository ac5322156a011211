using Moderation.Training.Corpora;
using Moderation.Training.Suites;

namespace Moderation.Training.Tests.Suites;

public class SuiteAugmentationTests
{
    private static readonly SuiteCase Profane = new("a", "BPJS taeekkkkk!!!", Expectation.Held, "stretched", SuiteHalf.Dev, "profanity");
    private static readonly SuiteCase Insult = new("b", "lu goblok, baca dulu", Expectation.Held, "commenter", SuiteHalf.Dev, "insult");
    private static readonly SuiteCase Clean = new("c", "Anjing pelacak menemukan korban", Expectation.Approved, "lookalike", SuiteHalf.Dev);
    private static readonly SuiteCase Reported = new("e", "Pelatih mengaku disebut goblok oleh oknum suporter", Expectation.Approved, "reported", SuiteHalf.Dev);
    private static readonly SuiteCase Locked = new("d", "Kemenkes mulut comberan", Expectation.Held, "multiword", SuiteHalf.Locked, "profanity");

    private static bool Label(LabelledComment row, string head) => row.Labels[Array.IndexOf(ReviewLabels.Heads, head)];

    private static bool Known(LabelledComment row, string head) => row.IsKnown(Array.IndexOf(ReviewLabels.Heads, head));

    [Fact]
    public void Never_trains_on_the_locked_half() =>
        SuiteAugmentation.ToCorpus([Profane, Locked]).Comments.Select(c => c.Text).Should().Equal(Profane.Text);

    [Fact]
    public void A_held_profanity_case_is_a_positive_for_the_abusive_head_only()
    {
        var row = SuiteAugmentation.ToCorpus([Profane]).Comments.Single();
        Label(row, "Abusive").Should().BeTrue();
        ReviewLabels.Heads.Where(h => Known(row, h)).Should().Equal("Abusive");
    }

    [Fact]
    public void A_held_insult_case_is_a_positive_for_the_individual_hate_speech_head() =>
        Label(SuiteAugmentation.ToCorpus([Insult]).Comments.Single(), "HS_Individual").Should().BeTrue();

    [Fact]
    public void A_case_to_approve_is_a_negative_for_every_head()
    {
        var row = SuiteAugmentation.ToCorpus([Clean]).Comments.Single();
        row.Labels.Should().OnlyContain(l => !l);
        ReviewLabels.Heads.Should().OnlyContain(h => Known(row, h));
    }

    [Fact]
    public void A_case_to_approve_that_reports_abuse_leaves_the_abusive_head_unlabelled()
    {
        var row = SuiteAugmentation.ToCorpus([Reported]).Comments.Single();
        Known(row, "Abusive").Should().BeFalse();
        Known(row, "HS").Should().BeTrue();
        Label(row, "HS").Should().BeFalse();
    }

    [Fact]
    public void Repeats_each_case_by_the_weight_in_one_duplicate_group()
    {
        var rows = SuiteAugmentation.ToCorpus([Profane, Clean], weight: 3).Comments;
        rows.Should().HaveCount(6);
        rows.GroupBy(r => r.Text).Should().OnlyContain(g => g.Select(r => r.Group).Distinct().Count() == 1);
    }
}
