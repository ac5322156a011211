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

    [Theory]
    [InlineData("Laptop saya pakai windows10, slot RAM nya cuma dua")]
    [InlineData("Upgrade ke windows11 dulu, baru tambah SSD di slot kedua")]
    [InlineData("HP saya iphone15, slot SIM nya cuma satu")]
    public void Does_not_take_a_product_name_with_a_number_and_a_hardware_slot_for_promotion(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.5);

    [Theory]
    [InlineData("windows10")]
    [InlineData("windows11")]
    public void Does_not_take_a_gambling_stem_that_only_starts_a_word_for_a_brand(string name) =>
        GamblingLexicon.Brand.Regex.IsMatch(name).Should().BeFalse();

    [Theory]
    [InlineData("Deposit saya di bank sudah bisa withdraw belum ya?")]
    [InlineData("Nonton film 4D di bioskop, tiketnya bayar pakai deposit saldo")]
    [InlineData("Slot jadwal vaksin penuh, deposit rumah sakit juga mahal")]
    public void Gives_ordinary_banking_and_computing_words_too_little_to_flag(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.5);

    [Theory]
    [InlineData("Deposit di NAGA88 rezeki nomplok")]
    [InlineData("Slot gampang menang hanya di SUKSES303")]
    public void Flags_but_does_not_reject_a_brand_with_a_single_ordinary_word(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeInRange(0.6, 0.94);

    [Theory]
    [InlineData("Gacor terus AMBIL4D selalu bikin happy!")]
    [InlineData("main di SGI88 pasti maxwin")]
    [InlineData("daftar di naga88 wd cepat")]
    [InlineData("NAGA88 slot deposit 10rb")]
    [InlineData("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 bikin jackpot tiap hari")]
    public void Still_makes_a_brand_with_a_gambling_word_or_two_ordinary_ones_near_certain(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.95);

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

    [Theory]
    [InlineData("Judi online merusak keluarga, baca beritanya di kompas.com")]
    [InlineData("Satgas harus blokir situs judi online, lihat https://www.kominfo.go.id/berita")]
    [InlineData("Stop main slot, banyak korban bangkrut, sumber www.detik.com/judol")]
    public void Does_not_take_opposition_that_cites_a_news_link_for_promotion(string comment)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.5);
        RuleProbe.Hits(new GamblingOppositionRule(), comment).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Stop judi online, info lengkap di alexis17.xyz")]
    [InlineData("Jangan main di tempat lain yang bikin bangkrut, gacor cuma di naga88.com/daftar")]
    public void Does_not_raise_opposition_when_the_link_is_to_a_site_named_with_letters_and_digits(string comment)
    {
        RuleProbe.Hits(new GamblingOppositionRule(), comment).Should().BeEmpty();
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.6);
    }

    [Fact]
    public void Does_not_raise_opposition_when_a_brand_is_promoted() =>
        RuleProbe.Hits(new GamblingOppositionRule(), "stop rugi, pindah ke NAGA88 gacor").Should().BeEmpty();

    [Theory]
    [InlineData("Prediksi togel SGP hari ini: angka main 2846, colok bebas 8.")]
    [InlineData("Bocoran jitu HK malam ini, BBFS 5 digit 12579, dijamin tembus.")]
    [InlineData("Angka main Sydney: 4D 3917, 3D 917, 2D 17, colok macau 1-7.")]
    public void Makes_lottery_predictions_near_certain_promotion(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.95);

    [Fact]
    public void Marks_lottery_jargon_as_evidence() =>
        RuleProbe.Evidence(_rule, "Prediksi togel SGP hari ini: angka main 2846, colok bebas 8.").Should().Contain(["angka main", "colok bebas"]);

    [Theory]
    [InlineData("Polisi menangkap bandar togel di Medan, barang bukti rekap angka main disita.")]
    [InlineData("Pengecer togel di pasar digerebek, tiga orang diamankan.")]
    [InlineData("Tahun ini shio kuda diramalkan beruntung menurut ahli feng shui.")]
    [InlineData("Film 3D terbaru tayang di bioskop mulai Jumat.")]
    public void Leaves_togel_news_zodiac_talk_and_films_below_the_flag_threshold(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.5);
}
