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
    public void Matches_a_refusal_to_pay_answered_with_a_video_made_viral() =>
        RuleProbe.Evidence(_rule, "Kalau tidak bayar, video kamu gue viralin").Should().Contain("video kamu gue viralin");

    [Theory]
    [InlineData("bayar atau video kamu viral")]
    [InlineData("transfer 3 juta malam ini, kalau gak foto kamu viral besok")]
    public void Matches_going_viral_as_the_price_of_refusing_a_demand(string comment) =>
        RuleProbe.Confidence(_rule, comment).Should().BeGreaterThanOrEqualTo(0.9);

    [Theory]
    [InlineData("Foto kamu viral tuh di Twitter, selamat ya!")]
    [InlineData("Pak, video anda viral di tiktok")]
    [InlineData("Videomu viral lagi, sudah 2 juta penonton")]
    public void Ignores_a_photo_or_video_of_the_reader_that_went_viral(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

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
