using Moderation.Rules;
using Moderation.Rules.Context;

namespace Moderation.Core.Tests.Rules;

public class ContextRuleTests
{
    [Theory]
    [InlineData("anjing tetangga saya hilang sejak kemarin")]
    [InlineData("babi hutan masuk kebun warga")]
    [InlineData("monyet liar turun ke permukiman")]
    public void Recognises_animal_words_used_for_animals(string comment) =>
        RuleProbe.Hits(new LiteralAnimalRule(), comment).Should().NotBeEmpty().And.OnlyContain(h => h.Signal == RuleSignals.LiteralAnimal);

    [Theory]
    [InlineData("Anjing kamu lucu banget, boleh saya adopsi anaknya?")]
    [InlineData("Anjing lo udah divaksin rabies belum?")]
    [InlineData("Anjing kamu sakit? bawa ke dokter hewan aja")]
    public void Recognises_someones_pet_named_with_a_possessive_pronoun(string comment) =>
        RuleProbe.Hits(new LiteralAnimalRule(), comment).Should().NotBeEmpty().And.OnlyContain(h => h.Signal == RuleSignals.LiteralAnimal);

    [Theory]
    [InlineData("dasar anjing lu, hilang aja sana")]
    [InlineData("kelakuan kayak babi hutan")]
    [InlineData("Anjing! tetangga berisik")]
    [InlineData("Dasar anjing kamu! lucu banget kelakuannya")]
    [InlineData("lu babi, kandang aja sana")]
    public void Does_not_excuse_animal_words_hurled_at_someone(string comment) =>
        RuleProbe.Hits(new LiteralAnimalRule(), comment).Should().BeEmpty();

    [Theory]
    [InlineData("anjing lu, vaksin dulu otaknya")]
    [InlineData("4njing lo, adopsi aja otak baru")]
    [InlineData("anjing lu goblok, vaksin dulu otaknya")]
    [InlineData("anjing lu mati aja sana")]
    public void Reads_an_animal_and_pronoun_as_address_unless_the_comment_speaks_of_a_pet(string comment) =>
        RuleProbe.Hits(new LiteralAnimalRule(), comment).Should().BeEmpty();

    [Fact]
    public void Recognises_a_call_for_unity() =>
        RuleProbe.Evidence(new CounterSpeechRule(), "ayo jaga persatuan, jangan terprovokasi isu SARA").Should().Contain("jaga persatuan");

    [Theory]
    [InlineData("kebijakan menteri ini ngawur dan merugikan rakyat")]
    [InlineData("polisi harus diusut, kinerjanya buruk sekali")]
    public void Recognises_criticism_of_an_institution(string comment) =>
        RuleProbe.Hits(new InstitutionalCriticismRule(), comment).Should().NotBeEmpty();

    [Fact]
    public void Does_not_excuse_a_slur_aimed_at_an_official() =>
        RuleProbe.Hits(new InstitutionalCriticismRule(), "menteri goblok, mundur aja").Should().BeEmpty();
}
