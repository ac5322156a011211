using Moderation.Rules;
using Moderation.Rules.People;

namespace Moderation.Core.Tests.Rules;

public class PublicFigureRuleTests
{
    private readonly PublicFigureRule _rule = new();

    [Theory]
    [InlineData("Keren Pak Jokowi, tetap merakyat", "Pak Jokowi")]
    [InlineData("Jokowi sama Prabowo sama saja, banyak janji yang belum ditepati", "Prabowo")]
    [InlineData("Sri Mulyani terlalu rajin menaikkan pajak", "Sri Mulyani")]
    [InlineData("Mantap Pak Darmin, jalan desa sudah diaspal", "Pak Darmin")]
    [InlineData("Kebijakan tarif Trump bikin ekspor kita terganggu", "Trump")]
    public void Marks_a_named_person_spoken_of_without_abuse(string comment, string evidence)
    {
        RuleProbe.Evidence(_rule, comment).Should().Contain(evidence);
        RuleProbe.Hits(_rule, comment).Should().OnlyContain(h => h.Signal == RuleSignals.PublicFigure);
    }

    [Fact]
    public void Names_the_figure_of_the_gazetteer() =>
        RuleProbe.Hits(_rule, "Pak SBY tetap santun").Should().ContainSingle().Which.Kind.Should().Be("Susilo Bambang Yudhoyono");

    [Theory]
    [InlineData("Jokowi goblok, mundur aja")]
    [InlineData("Pak Darmin anjing, bangsat")]
    public void Stands_back_when_the_comment_is_abusive(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("Semua pejabat harusnya diperiksa harta kekayaannya")]
    [InlineData("Harga cabai naik lagi minggu ini")]
    public void Needs_a_person_named(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();
}
