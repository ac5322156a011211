using Moderation.Cli.Load;

namespace Moderation.Cli.Tests.Load;

public class CsvTextsTests
{
    [Fact]
    public void Reads_the_named_column_with_quoted_commas_quotes_and_newlines()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "label,comment,channel\n1,\"halo, \"\"dunia\"\"\nbaris dua\",x\n0,biasa saja,y\n");
        try
        {
            CsvTexts.Read(path, "comment").Should().Equal("halo, \"dunia\"\nbaris dua", "biasa saja");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refuses_a_file_without_the_named_column()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "label,comment\n1,halo\n");
        try
        {
            var read = () => CsvTexts.Read(path, "text");

            read.Should().Throw<InvalidDataException>().WithMessage("*no column 'text'*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Generated_bodies_are_wire_contract_comments_with_the_run_s_ids()
    {
        var bodies = CommentSource.Bodies("r1", ["halo"], authors: 10);

        using var json = System.Text.Json.JsonDocument.Parse(bodies[0]);
        json.RootElement.GetProperty("commentId").GetString().Should().Be(CommentSource.CommentId("r1", 0));
        json.RootElement.GetProperty("text").GetString().Should().Be("halo");
        foreach (var required in new[] { "articleId", "authorId", "submittedAt" })
        {
            json.RootElement.TryGetProperty(required, out _).Should().BeTrue(because: $"{required} is required by the contract");
        }
    }
}
