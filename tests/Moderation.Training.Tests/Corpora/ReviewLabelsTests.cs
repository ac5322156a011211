using Moderation.Training.Corpora;

namespace Moderation.Training.Tests.Corpora;

public class ReviewLabelsTests
{
    [Fact]
    public void An_approval_is_a_negative_for_every_head()
    {
        var (labels, known) = ReviewLabels.For("approved", string.Empty)!.Value;

        labels.Should().OnlyContain(l => !l);
        known.Should().OnlyContain(k => k);
    }

    [Fact]
    public void An_approval_with_a_category_is_still_a_negative_for_every_head()
    {
        var (labels, known) = ReviewLabels.For("approved", "gambling")!.Value;

        labels.Should().OnlyContain(l => !l);
        known.Should().OnlyContain(k => k);
    }

    [Theory]
    [InlineData("Pelatih mengaku disebut goblok oleh oknum suporter usai laga.")]
    [InlineData("Anak saya pulang menangis karena dikatai goblok oleh temannya.")]
    public void An_approval_of_reported_abuse_leaves_abusive_unlabelled_and_the_other_heads_negative(string text)
    {
        var (labels, known) = ReviewLabels.For("approved", string.Empty, text)!.Value;

        labels.Should().OnlyContain(l => !l);
        known[Array.IndexOf(ReviewLabels.Heads, "Abusive")].Should().BeFalse();
        known.Count(k => !k).Should().Be(1);
    }

    [Theory]
    [InlineData("Pelayanan kantor ini lambat sekali, tolong dibenahi.")]
    [InlineData("Anjing pelacak Polri dikerahkan mencari korban tertimbun.")]
    [InlineData("Dasar goblok, kerja gitu aja nggak becus.")]
    public void An_approval_of_a_comment_that_reports_no_abuse_is_a_negative_for_every_head(string text)
    {
        var (labels, known) = ReviewLabels.For("approved", string.Empty, text)!.Value;

        labels.Should().OnlyContain(l => !l);
        known.Should().OnlyContain(k => k);
    }

    [Fact]
    public void A_rejection_of_reported_abuse_still_labels_its_category()
    {
        var (labels, known) = ReviewLabels.For("rejected", "profanity", "Dia dikatai goblok oleh tetangganya.")!.Value;

        var abusive = Array.IndexOf(ReviewLabels.Heads, "Abusive");
        labels[abusive].Should().BeTrue();
        known[abusive].Should().BeTrue();
    }

    [Theory]
    [InlineData("hate", "HS")]
    [InlineData("insult", "HS,HS_Individual")]
    [InlineData("profanity", "Abusive")]
    [InlineData("gambling", "Gambling")]
    public void A_rejection_is_a_positive_only_for_the_heads_of_its_category(string category, string heads)
    {
        var (labels, known) = ReviewLabels.For("rejected", category)!.Value;

        var expected = heads.Split(',');
        ReviewLabels.Heads.Where((_, i) => labels[i]).Should().Equal(expected);
        ReviewLabels.Heads.Where((_, i) => known[i]).Should().Equal(expected);
    }

    [Theory]
    [InlineData("threat")]
    [InlineData("personal-data")]
    [InlineData("spam")]
    public void A_rejection_in_a_category_no_head_scores_labels_no_head(string category)
    {
        var (_, known) = ReviewLabels.For("rejected", category)!.Value;

        known.Should().OnlyContain(k => !k);
    }

    [Theory]
    [InlineData("maybe", "")]
    [InlineData("rejected", "")]
    [InlineData("rejected", "rude")]
    public void A_verdict_the_service_does_not_write_has_no_labels(string outcome, string category)
    {
        ReviewLabels.For(outcome, category).Should().BeNull();
    }
}
