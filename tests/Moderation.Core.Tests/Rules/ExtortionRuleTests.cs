using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

public class ExtortionRuleTests
{
    private readonly ExtortionRule _rule = new();

    [Fact]
    public void Matches_a_demand_for_money_or_exposure_of_photos()
    {
        const string comment = "transfer 5 juta atau foto kamu saya sebar";
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.9);
        RuleProbe.Evidence(_rule, comment).Should().Contain("foto kamu saya sebar");
    }

    [Fact]
    public void Matches_slang_extortion_with_a_video() =>
        RuleProbe.Confidence(_rule, "bayar atau video lu gw viralin").Should().BeGreaterThanOrEqualTo(0.9);

    [Fact]
    public void Matches_a_threat_to_upload_intimate_photos() =>
        RuleProbe.Evidence(_rule, "kirim 2 juta malam ini kalau gak foto bugil kamu gw upload").Should().Contain("foto bugil kamu gw upload");

    [Fact]
    public void Matches_a_demand_joined_to_violence() =>
        RuleProbe.Confidence(_rule, "bayar 10 juta kalau tidak keluargamu kubunuh").Should().BeGreaterThanOrEqualTo(0.8);

    [Fact]
    public void Treats_a_threat_to_expose_without_a_demand_as_weaker() =>
        RuleProbe.Confidence(_rule, "foto kamu saya sebar ke grup kantor").Should().BeInRange(0.5, 0.7);

    [Theory]
    [InlineData("harga tiketnya 5 juta atau lebih, mahal banget")]
    [InlineData("video viral kemarin bikin heboh")]
    [InlineData("bayar pajak atau tidak, jalan tetap rusak")]
    [InlineData("transfer pemain Persib musim ini 2 juta dolar")]
    public void Ignores_prices_viral_news_and_ordinary_payments(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("ing saya upload k e")]
    [InlineData("0,\"Mantaf om Deddy,  mega.. setiap tanding aku upload ulang di tiktok.\",Deddy Corbuzier,Rh8JIgRE3F4,MEGAWATI: welcome to KONOHA‼️🤣 KAYANYA MENDING BALIK KE...")]
    public void Reads_texts_the_compiled_exposure_pattern_crashed_on(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().Be(0);
}
