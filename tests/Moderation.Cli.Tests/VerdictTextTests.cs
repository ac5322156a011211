using Moderation.Cli.Commands;
using Moderation.Pipeline;

namespace Moderation.Cli.Tests;

public class VerdictTextTests
{
    private const string Comment = "Ini nomor wartawannya 0812-3456-7890";

    private static string Render() =>
        VerdictText.Render(CliPipelines.WithQuietModel().Decide(new CommentInput(Comment)), Comment, colour: false);

    [Fact]
    public void Shows_the_decision_and_priority_first() => Render().Should().StartWith("decision: flagged   priority: 90");

    [Fact]
    public void Shows_each_reason_with_its_article_source_and_kind() =>
        Render().Should().Contain("personal-data  (UU PDP Pasal 65 ayat (2))  source: rule  score: 0.90  kind: phone");

    [Fact]
    public void Brackets_the_evidence_in_the_comment() => Render().Should().Contain("Ini nomor wartawannya [0812-3456-7890]");

    [Fact]
    public void Writes_no_terminal_codes_without_colour() => Render().Should().NotContain("\u001b");
}
