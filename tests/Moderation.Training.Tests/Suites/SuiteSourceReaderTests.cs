using Moderation.Training.Suites;
using Moderation.Training.Suites.Templates;

namespace Moderation.Training.Tests.Suites;

public sealed class SuiteSourceReaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"suite-source-{Guid.NewGuid():N}");

    public SuiteSourceReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "templates"));
        File.WriteAllText(Path.Combine(_directory, "suite.yaml"), """
            prefix: hf
            take: 5
            functionalities:
              - {id: ident_neutral, reference: F18, expect: approved, description: neutral mention}
              - {id: derog_dehum, reference: F3, expect: held, category: hate, description: dehumanisation}
            """);
        File.WriteAllText(Path.Combine(_directory, "fillers.yaml"), """
            groups:
              - {name: Batak, ground: etnis, forms: [orang Batak, suku Batak]}
              - {name: penghayat kepercayaan, ground: kepercayaan, label: penghayat, forms: [para penghayat]}
            slurs:
              - {slur: bencong, group: waria, ground: lgbt}
            lists:
              object: [laptop ini, HP gue]
            """);
    }

    [Fact]
    public void Reads_functionalities_fillers_and_templates_in_the_order_of_their_functionalities()
    {
        Write("a.yaml", """
            functionality: derog_dehum
            take: 3
            templates:
              - {id: dehum-01, half: locked, text: "{Group} itu sampah.", grounds: [etnis]}
            """);
        Write("b.yaml", """
            functionality: ident_neutral
            templates:
              - {id: neutral-01, half: dev, text: "{Group} tinggal di sini.", take: 7, note: a note}
            """);

        var source = SuiteSourceReader.Read(_directory);

        (source.Prefix, source.Take).Should().Be(("hf", 5));
        source.Functionalities.Should().Equal(
            new SuiteFunctionality("ident_neutral", "F18", Expectation.Approved, null, "neutral mention"),
            new SuiteFunctionality("derog_dehum", "F3", Expectation.Held, "hate", "dehumanisation"));
        source.Groups[1].Should().BeEquivalentTo(new SuiteGroup("penghayat kepercayaan", "kepercayaan", ["para penghayat"], "penghayat"));
        source.Groups[0].Label.Should().Be("Batak");
        source.Slurs.Should().Equal(new SuiteSlur("bencong", "waria", "lgbt"));
        source.Lists["object"].Should().Equal("laptop ini", "HP gue");
        source.Templates.Select(t => (t.Id, t.Functionality, t.Half, t.Take, t.Note)).Should().Equal(
            ("neutral-01", "ident_neutral", SuiteHalf.Dev, 7, "a note"),
            ("dehum-01", "derog_dehum", SuiteHalf.Locked, 3, null));
        source.Templates[1].Grounds.Should().Equal("etnis");
        source.Templates[1].Where.Should().Be("templates/a.yaml:4");
    }

    [Fact]
    public void Names_the_file_and_line_of_a_misspelt_template_field()
    {
        Write("a.yaml", """
            functionality: derog_dehum
            templates:
              - {id: dehum-01, half: dev, text: "{Group} itu sampah."}
              - {id: dehum-02, half: dev, txt: "{Group} itu hama."}
            """);

        var act = () => SuiteSourceReader.Read(_directory);

        act.Should().Throw<InvalidDataException>().WithMessage("templates/a.yaml:4: unknown template field 'txt'*");
    }

    [Fact]
    public void Names_the_file_and_line_of_a_template_in_no_half()
    {
        Write("a.yaml", """
            functionality: derog_dehum
            templates:
              - {id: dehum-01, half: both, text: "{Group} itu sampah."}
            """);

        var act = () => SuiteSourceReader.Read(_directory);

        act.Should().Throw<InvalidDataException>().WithMessage("templates/a.yaml:3: half is 'both', expected 'dev' or 'locked'.");
    }

    [Fact]
    public void Refuses_an_unquoted_value_whose_comma_split_it_into_another_field()
    {
        File.WriteAllText(Path.Combine(_directory, "suite.yaml"), """
            prefix: hf
            take: 5
            functionalities:
              - {id: derog_dehum, expect: held, description: animals, vermin}
            """);

        var act = () => SuiteSourceReader.Read(_directory);

        act.Should().Throw<InvalidDataException>().WithMessage("suite.yaml:4: unknown functionality field 'vermin'*quote a value that has a comma*");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, "templates", name), text);
}
