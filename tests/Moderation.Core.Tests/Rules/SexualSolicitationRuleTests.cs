using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

public class SexualSolicitationRuleTests
{
    private readonly SexualSolicitationRule _rule = new();

    [Theory]
    [InlineData("open BO area Jaksel", "open BO")]
    [InlineData("ready vcs murah", "ready vcs")]
    [InlineData("pijat plus plus panggilan hotel", "pijat plus plus")]
    [InlineData("tante girang cari brondong", "tante girang")]
    public void Matches_solicitation_offers(string comment, string evidence)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.9);
        RuleProbe.Evidence(_rule, comment).Should().Contain(evidence);
    }

    [Fact]
    public void Makes_an_offer_with_a_contact_near_certain() =>
        RuleProbe.Confidence(_rule, "open BO wa 08123456789").Should().BeGreaterThanOrEqualTo(0.95);

    [Fact]
    public void Needs_a_contact_before_seeking_a_partner_counts() =>
        RuleProbe.Confidence(_rule, "cari cewe yg mau diajak jalan, dm aja").Should().BeGreaterThan(RuleProbe.Confidence(_rule, "susah cari cewe jaman sekarang"));

    [Fact]
    public void Treats_small_talk_about_finding_a_girlfriend_as_weak() =>
        RuleProbe.Confidence(_rule, "susah cari cewe jaman sekarang").Should().BeLessThan(0.5);

    [Theory]
    [InlineData("toko baru open jam 9 pagi")]
    [InlineData("pijat refleksi bikin badan enak")]
    [InlineData("tante saya tinggal di Bogor")]
    public void Ignores_ordinary_uses_of_the_same_words(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();
}
