using Moderation.Rules;
using Moderation.Rules.Gambling;

namespace Moderation.Core.Tests.Rules;

public class GamblingRuleTests
{
    private readonly GamblingPromotionRule _rule = new();

    [Fact]
    public void Makes_a_brand_with_digits_in_unicode_disguise_and_jargon_near_certain()
    {
        const string comment = "𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor maxwin";
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.95);
        RuleProbe.Evidence(_rule, comment).Should().Contain(["𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗", "gacor", "maxwin"]);
    }

    [Theory]
    [InlineData("slot gacor hari ini, pola maxwin, wd lancar")]
    [InlineData("d4ftar NAGA88 sekarang, wd berapapun dibayar")]
    [InlineData("rtp live scatter hitam x500 cuma di sini")]
    [InlineData("main di naga88.com dijamin jp")]
    public void Makes_promotion_with_several_jargon_words_near_certain(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.95);

    [Fact]
    public void Marks_evidence_and_kind_as_promotion() =>
        RuleProbe.Hits(_rule, "slot gacor maxwin").Should().OnlyContain(h => h.Kind == "promotion" && h.Signal == RuleSignals.Gambling);

    [Theory]
    [InlineData("slot parkir di mal penuh terus")]
    [InlineData("jadwal depo kereta diubah")]
    [InlineData("Jadwal kereta depo Depok berubah mulai hari ini")]
    [InlineData("covid19 masih ada")]
    public void Gives_a_single_ordinary_word_too_little_to_flag(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.6);

    [Theory]
    [InlineData("Presiden keluhkan minimnya publikasi #AsianGames2018")]
    [InlineData("Raja Salman berkunjung ke Jakarta")]
    public void Does_not_take_a_name_with_a_year_or_no_digits_for_a_brand(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.5);

    [Theory]
    [InlineData("Baru sehari join ALEXIS17, gue udah dapet cuan", "ALEXIS17")]
    [InlineData("Jakpot besar bikin aku makin semangat coba lagi di BUA4YA138!", "BUA4YA138")]
    [InlineData("untung aja dikasih menang sama P U L A U W I N", "P U L A U W I N")]
    public void Notices_other_letters_and_digits_names_as_weak_brands(string comment, string evidence)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.45);
        RuleProbe.Evidence(_rule, comment).Should().Contain(evidence);
    }

    [Fact]
    public void Does_not_make_a_weak_brand_with_one_jargon_word_near_certain() =>
        RuleProbe.Confidence(_rule, "covid19 bikin slot vaksin penuh").Should().BeLessThan(0.95);

    [Fact]
    public void Keeps_a_brand_name_alone_below_the_flag_level() =>
        RuleProbe.Confidence(_rule, "Selamat ya kak, salam dari NAGA88").Should().BeInRange(0.4, 0.49);

    [Theory]
    [InlineData("judi online merusak keluarga")]
    [InlineData("stop main slot, gacor maxwin itu cuma tipu daya bandar")]
    [InlineData("suami saya kecanduan togel sampai utang di mana-mana")]
    public void Does_not_take_opposition_to_gambling_for_promotion(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.6);

    [Fact]
    public void Takes_a_call_not_to_miss_out_for_promotion_not_opposition() =>
        RuleProbe.Confidence(new GamblingPromotionRule(), "jangan sampai ketinggalan, slot gacor maxwin").Should().BeGreaterThanOrEqualTo(0.95);

    [Theory]
    [InlineData("judi online merusak keluarga")]
    [InlineData("stop main slot, bikin bangkrut")]
    public void Raises_the_opposition_counter_signal_for_anti_gambling_comments(string comment) =>
        RuleProbe.Hits(new GamblingOppositionRule(), comment).Should().NotBeEmpty()
            .And.OnlyContain(h => h.Signal == RuleSignals.GamblingOpposed);

    [Fact]
    public void Does_not_raise_opposition_when_a_brand_is_promoted() =>
        RuleProbe.Hits(new GamblingOppositionRule(), "stop rugi, pindah ke NAGA88 gacor").Should().BeEmpty();
}
