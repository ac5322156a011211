using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

public class ScamRuleTests
{
    private readonly ScamRule _rule = new();

    [Theory]
    [InlineData("Selamat anda mendapatkan hadiah 10 juta, klaim hadiahnya di wa 081234567890")]
    [InlineData("pinjaman dana cair tanpa jaminan, hubungi admin")]
    [InlineData("Selamat! Anda terpilih dapat saldo DANA 5 juta, klaim di bit.ly/hadiah-dana")]
    [InlineData("investasi profit 10% per hari dijamin untung, dm aja")]
    public void Matches_lures_with_a_contact(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.8);

    [Fact]
    public void Treats_a_lure_without_a_contact_as_weaker() =>
        RuleProbe.Confidence(_rule, "katanya investasi ini dijamin untung").Should().BeInRange(0.5, 0.7);

    [Theory]
    [InlineData("OJK memperingatkan pinjol ilegal yang menjerat warga")]
    [InlineData("untung perusahaan naik 10% tahun ini")]
    [InlineData("Selamat anda terpilih menjadi ketua RT, semoga amanah")]
    public void Ignores_news_about_scams_and_profits(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();
}
