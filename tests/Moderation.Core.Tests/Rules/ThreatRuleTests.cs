using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

public class ThreatRuleTests
{
    private readonly ThreatRule _rule = new();

    [Theory]
    [InlineData("gw bunuh lu besok", "gw bunuh lu")]
    [InlineData("awas kau kubakar rumahmu", "kubakar")]
    [InlineData("Tunggu pembalasanku!", "Tunggu pembalasanku")]
    [InlineData("saya cari alamatmu sampai ketemu", "saya cari alamatmu")]
    [InlineData("gue tau rumah lo, tinggal tunggu aja", "gue tau rumah lo")]
    [InlineData("I will kill you", "I will kill you")]
    [InlineData("I'll kill you tomorrow", "I'll kill you")]
    [InlineData("kalian bakal mati semua", "kalian bakal mati")]
    [InlineData("gw abisin lu kalo ketemu", "gw abisin lu")]
    [InlineData("Gue bunuh lo kalau ketemu", "Gue bunuh lo")]
    [InlineData("gw tembak lu kalau berani datang", "gw tembak lu")]
    [InlineData("saya siram muka kamu pakai air keras", "saya siram muka kamu")]
    public void Matches_threats_of_violence_with_their_words_as_evidence(string comment, string evidence)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.8);
        RuleProbe.Evidence(_rule, comment).Should().Contain(evidence);
    }

    [Theory]
    [InlineData("Awas kamu, rumahmu saya bakar", "rumahmu saya bakar")]
    [InlineData("Tunggu saja, kalian akan kami habisi", "kalian akan kami habisi")]
    [InlineData("kamu gw bunuh kalau masih lewat sini", "kamu gw bunuh")]
    public void Matches_threats_that_put_the_target_first(string comment, string evidence)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.8);
        RuleProbe.Evidence(_rule, comment).Should().Contain(evidence);
    }

    [Theory]
    [InlineData("saya bunuuuuh kamu")]
    [InlineData("gw b u n u h lu")]
    [InlineData("GW BUNUH LU!!!")]
    public void Matches_disguised_threats_through_the_canonical_view(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.8);

    [Theory]
    [InlineData("mampus lu, makanya jangan sombong")]
    [InlineData("Mampus lo inget kenangan")]
    public void Keeps_a_curse_below_the_flag_level(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeLessThan(0.5);

    [Theory]
    [InlineData("gue bikin lu menyesal")]
    [InlineData("Saya akan buat kalian menyesal")]
    public void Treats_a_speaker_who_will_make_the_reader_regret_as_a_weaker_intimidation(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeInRange(0.5, 0.79);

    [Theory]
    [InlineData("Kalian akan menyesal memilih presiden ini")]
    [InlineData("Anda pasti menyesal kalau tidak nonton film ini")]
    [InlineData("Kamu bakal menyesal beli HP itu, baterainya boros")]
    public void Ignores_criticism_and_advice_that_the_reader_will_regret_something(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kenapa polisi tembak dia? Dia tidak bersenjata")]
    [InlineData("Warga pukul dia sampai pingsan, pelakunya sudah ditangkap")]
    [InlineData("Dia pasti mati kalau tidak segera ditolong")]
    public void Ignores_reports_of_violence_done_to_a_third_person(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("Matikan mobil kamu saat isi bensin di SPBU")]
    [InlineData("Siram muka kamu pakai air dingin biar nggak ngantuk")]
    [InlineData("Hancurkan rumah kamu yang lama, bangun yang baru")]
    public void Ignores_everyday_advice_with_verbs_that_threaten_only_from_a_speaker(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Fact]
    public void Treats_a_bare_warning_as_a_weaker_intimidation() =>
        RuleProbe.Hits(_rule, "awas kau ya").Should().ContainSingle().Which.Confidence.Should().BeLessThan(0.8);

    [Theory]
    [InlineData("korban bunuh diri ditemukan di kamar kos")]
    [InlineData("saya sempat ingin bunuh diri, sekarang sudah ikut konseling")]
    [InlineData("pelaku pembunuhan ditangkap polisi kemarin")]
    [InlineData("warga membakar sampah di lahan kosong")]
    [InlineData("saya bakar ikan dulu ya")]
    [InlineData("hukuman mati untuk koruptor harus ditegakkan")]
    [InlineData("aparat menembak mati pelaku begal")]
    [InlineData("kita bantai Malaysia 3-0 malam ini")]
    [InlineData("saya habisin makanannya dulu")]
    [InlineData("kami sembelih kambing kurban besok")]
    [InlineData("hajar terus timnas, jangan kasih kendor")]
    [InlineData("pukul 10 pagi kamu harus datang")]
    [InlineData("tiap pagi kusiram bunga di halaman")]
    public void Ignores_news_about_violence_and_suicide(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();
}
