using Moderation.Training.Corpora;

namespace Moderation.Training.Tests.Corpora;

public class CsvTableTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var table = CsvTable.Parse("label,comment\n1,\"main, \"\"gacor\"\"\nlagi\"\n0,biasa\n");

        table.Header.Should().Equal("label", "comment");
        table.Rows.Should().HaveCount(2);
        table.Rows[0][1].Should().Be("main, \"gacor\"\nlagi");
        table.Rows[1].Should().Equal("0", "biasa");
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        var act = () => CsvTable.Parse(string.Empty);

        act.Should().Throw<InvalidDataException>();
    }
}
