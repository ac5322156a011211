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
    public void Matches_threats_of_violence_with_their_words_as_evidence(string comment, string evidence)
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
