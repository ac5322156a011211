using Moderation.Training.Suites;
using Moderation.Training.Suites.Templates;

namespace Moderation.Training.Tests.Suites;

public class SuiteTemplatesTests
{
    private static readonly SuiteFunctionality Hate = new("derog_dehum", "F3", Expectation.Held, "hate", "dehumanisation");
    private static readonly SuiteFunctionality Threat = new("threat_norm", "F6", Expectation.Held, null, "normative threat");
    private static readonly SuiteFunctionality Neutral = new("ident_neutral", "F18", Expectation.Approved, null, "neutral mention");

    private static readonly SuiteGroup[] Groups =
    [
        new("Batak", "etnis", ["orang Batak"], "Batak"),
        new("Jawa", "etnis", ["orang Jawa"], "Jawa"),
        new("Bugis", "etnis", ["orang Bugis"], "Bugis"),
        new("Madura", "etnis", ["orang Madura"], "Madura"),
        new("Hindu", "agama", ["umat Hindu"], "Hindu"),
        new("gay", "lgbt", ["kaum gay"], "gay"),
    ];

    [Fact]
    public void Fills_every_group_slot_of_a_case_with_the_same_group()
    {
        var cases = Expand(Template("t1", "{Group} itu bukan orang {name}? Tanya {group|upper}.", grounds: ["etnis"], take: 4));

        cases.Should().HaveCount(4).And.OnlyContain(c => c.Text == $"Orang {c.Group} itu bukan orang {c.Group}? Tanya ORANG {c.Group!.ToUpperInvariant()}.");
        cases.Should().OnlyContain(c => c.Ground == "etnis");
    }

    [Fact]
    public void Takes_groups_from_every_ground_and_more_from_a_ground_with_more_groups()
    {
        var cases = Expand(Template("t1", "{Group} itu sampah.", take: 4));

        cases.Select(c => c.Ground).Should().BeEquivalentTo(["etnis", "etnis", "agama", "lgbt"]);
    }

    [Fact]
    public void Takes_from_each_ground_in_proportion_to_the_square_root_of_its_number_of_groups()
    {
        var many = Enumerable.Range(1, 16).Select(i => new SuiteGroup($"suku{i}", "etnis", [$"suku {i}"], $"suku{i}"));
        var few = Enumerable.Range(1, 4).Select(i => new SuiteGroup($"agama{i}", "agama", [$"umat {i}"], $"agama{i}"));
        var source = Source([Template("t1", "{Group} itu sampah.", take: 6)]) with { Groups = [.. many, .. few] };

        var cases = SuiteTemplates.Expand(source);

        cases.Count(c => c.Ground == "etnis").Should().Be(4, "sqrt(16) : sqrt(4) is 2 : 1");
        cases.Count(c => c.Ground == "agama").Should().Be(2);
    }

    [Fact]
    public void Takes_only_the_groups_a_template_names()
    {
        var cases = Expand(Template("t1", "{Group} itu sampah.", groups: ["Jawa", "gay"]));

        cases.Select(c => c.Group).Should().BeEquivalentTo(["Jawa", "gay"]);
    }

    [Fact]
    public void Spaces_out_and_hashtags_a_filler()
    {
        var cases = Expand(Template("t1", "Usir {group|spaced}! #Usir{group|hashtag}", groups: ["Batak"]));

        cases.Single().Text.Should().Be("Usir o r a n g B a t a k! #UsirOrangBatak");
    }

    [Fact]
    public void Drops_a_text_an_earlier_case_already_has()
    {
        var cases = Expand(
            Template("t1", "{Group} itu sampah.", grounds: ["agama"]),
            Template("t2", "{Group} itu sampah.", grounds: ["agama", "lgbt"]));

        cases.Select(c => c.Text).Should().Equal("Umat Hindu itu sampah.", "Kaum gay itu sampah.");
        cases.Select(c => c.Template).Should().Equal("t1", "t2");
    }

    [Fact]
    public void A_case_expects_what_its_functionality_expects_in_the_half_of_its_template()
    {
        var cases = Expand(
            Template("hate", "{Group} itu sampah.", half: SuiteHalf.Dev),
            Template("threat", "Usir {group}!", functionality: Threat.Id, half: SuiteHalf.Locked),
            Template("neutral", "{Group} tinggal di sini.", functionality: Neutral.Id, half: SuiteHalf.Dev));

        cases.Where(c => c.Template == "hate").Should().OnlyContain(c => c.Expect == Expectation.Held && c.Category == "hate" && c.Half == SuiteHalf.Dev);
        cases.Where(c => c.Template == "threat").Should().OnlyContain(c => c.Expect == Expectation.Held && c.Category == null && c.Half == SuiteHalf.Locked);
        cases.Where(c => c.Template == "neutral").Should().OnlyContain(c => c.Expect == Expectation.Approved && c.Category == null && c.Half == SuiteHalf.Dev);
    }

    [Fact]
    public void Numbers_the_cases_with_the_suite_prefix()
    {
        var cases = Expand(Template("t1", "{Group} itu sampah.", take: 3));

        cases.Select(c => c.Id).Should().Equal("hf-00001", "hf-00002", "hf-00003");
    }

    [Fact]
    public void A_slur_case_names_the_slur_group_and_ground()
    {
        var source = Source([Template("t1", "Dasar {slur}!")]) with { Slurs = [new SuiteSlur("bencong", "waria", "lgbt")] };

        var single = SuiteTemplates.Expand(source).Single();

        single.Text.Should().Be("Dasar bencong!");
        (single.Group, single.Ground).Should().Be(("waria", "lgbt"));
    }

    [Fact]
    public void A_template_without_a_group_expands_over_its_list_and_names_no_group()
    {
        var source = Source([Template("t1", "{Object} sampah banget.", take: 5)]) with
        {
            Lists = new Dictionary<string, IReadOnlyList<string>> { ["object"] = ["laptop ini", "HP gue"] },
        };

        var cases = SuiteTemplates.Expand(source);

        cases.Select(c => c.Text).Should().BeEquivalentTo(["Laptop ini sampah banget.", "HP gue sampah banget."]);
        cases.Should().OnlyContain(c => c.Group == null && c.Ground == null);
    }

    [Theory]
    [InlineData("{Group} itu {objek}.", "slot {objek}")]
    [InlineData("{Group} itu {group|kecil}.", "unknown transform 'kecil'")]
    [InlineData("{Group} itu {slur}.", "both a group and a slur slot")]
    [InlineData("{Group itu sampah.", "a brace")]
    public void Names_the_template_and_its_line_when_a_slot_is_wrong(string text, string problem)
    {
        var act = () => Expand(Template("t1", text));

        act.Should().Throw<InvalidDataException>().Where(e => e.Message.StartsWith("templates/test.yaml:7:") && e.Message.Contains(problem));
    }

    [Fact]
    public void Refuses_an_unknown_ground_functionality_or_a_repeated_template_id()
    {
        ((Action)(() => Expand(Template("t1", "{Group}.", grounds: ["suku"])))).Should().Throw<InvalidDataException>().WithMessage("*unknown ground 'suku'*");
        ((Action)(() => Expand(Template("t1", "{Group}.", functionality: "derog")))).Should().Throw<InvalidDataException>().WithMessage("*unknown functionality 'derog'*");
        ((Action)(() => Expand(Template("t1", "{Group}."), Template("t1", "{Group}!")))).Should().Throw<InvalidDataException>().WithMessage("*'t1' appears twice*");
    }

    [Fact]
    public void Refuses_a_template_that_expands_into_no_case()
    {
        var act = () => Expand(Template("t1", "{Group} itu sampah."), Template("t2", "{Group} itu sampah."));

        act.Should().Throw<InvalidDataException>().WithMessage("*'t2' expands into no case*");
    }

    private static IReadOnlyList<SuiteCase> Expand(params SuiteTemplate[] templates) => SuiteTemplates.Expand(Source(templates));

    private static SuiteSource Source(IReadOnlyList<SuiteTemplate> templates) =>
        new("hf", 12, [Hate, Threat, Neutral], Groups, [], new Dictionary<string, IReadOnlyList<string>>(), templates);

    private static SuiteTemplate Template(
        string id, string text, string[]? grounds = null, string[]? groups = null, int? take = null, string? functionality = null, SuiteHalf half = SuiteHalf.Dev) =>
        new(id, functionality ?? Hate.Id, half, text, grounds ?? [], groups ?? [], take, null, "templates/test.yaml:7");
}
