using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

public class SpamRuleTests
{
    private readonly SpamRule _rule = new();

    [Fact]
    public void Makes_a_link_with_advertising_spam()
    {
        var hit = RuleProbe.Hits(_rule, "promo diskon 50% klik tokoku.shop sekarang").Should().ContainSingle().Subject;
        hit.Text.Should().Be("tokoku.shop");
        hit.Confidence.Should().BeGreaterThanOrEqualTo(0.7);
    }

    [Fact]
    public void Keeps_a_news_link_with_one_selling_word_below_the_flag_level() =>
        RuleProbe.Confidence(_rule, "Setelah pertamina di jual, PHK besar-besaran https://news.example/a-9").Should().BeLessThan(0.6);

    [Fact]
    public void Keeps_a_bare_source_link_below_the_flag_level() =>
        RuleProbe.Confidence(_rule, "sumbernya di https://news.example/a-1 silakan baca").Should().BeLessThan(0.6);

    [Fact]
    public void Makes_a_phone_number_with_advertising_spam() =>
        RuleProbe.Hits(_rule, "jual obat kuat murah hubungi 081234567890").Should().Contain(h => h.Kind == "ad" && h.Confidence >= 0.8);

    [Fact]
    public void Does_not_take_a_rupiah_amount_next_to_a_selling_word_for_a_contact_number() =>
        RuleProbe.Hits(_rule, "harga tanahnya Rp 62.850.000.000, murah katanya").Should().NotContain(h => h.Kind == "ad");

    [Fact]
    public void Finds_the_same_word_repeated_back_to_back() =>
        RuleProbe.Hits(_rule, "promo promo promo promo promo").Should().Contain(h => h.Kind == "repetition" && h.Text == "promo promo promo promo promo");

    [Fact]
    public void Finds_a_long_run_of_one_letter() =>
        RuleProbe.Hits(_rule, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").Should().Contain(h => h.Kind == "repetition" && h.Confidence >= 0.6);

    [Theory]
    [InlineData("wkwkwk wkwkwk wkwkwk wkwkwk wkwkwk")]
    [InlineData("hahaha lucu banget beritanya")]
    [InlineData("Setuju, pemerintah harus tegas.")]
    public void Ignores_laughter_and_ordinary_comments(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.6);

    [Fact]
    public void Does_not_take_several_mentions_in_a_reply_for_a_flood() =>
        RuleProbe.Confidence(_rule, "@budi @sari @joko @rina @tono setuju sekali dengan kalian").Should().BeLessThan(0.6);

    [Fact]
    public void Keeps_a_line_of_dots_or_dashes_below_the_flag_level() =>
        RuleProbe.Confidence(_rule, "Menurut saya ------------------------------ cukup sekian").Should().BeLessThan(0.6);

    [Fact]
    public void Does_not_take_an_email_domain_for_a_link() =>
        RuleProbe.Hits(_rule, "kirim ke budi@gmail.com").Should().BeEmpty();
}
