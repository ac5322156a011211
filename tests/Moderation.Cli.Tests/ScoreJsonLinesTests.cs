using System.Text.Json;
using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

public class ScoreJsonLinesTests
{
    private static (int Exit, string[] Lines, string Errors) Run(params string[] input) => RunWithLimit(ScoreCommand.DefaultMaxTextLength, input);

    private static (int Exit, string[] Lines, string Errors) RunWithLimit(int maxTextLength, params string[] input)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = ScoreCommand.ScoreLines(CliPipelines.WithQuietModel(), new StringReader(string.Join('\n', input)), output, errors, null, maxTextLength);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), errors.ToString());
    }

    private static JsonElement Root(string line) => JsonDocument.Parse(line).RootElement;

    [Fact]
    public void Writes_one_verdict_line_per_input_line_with_the_id()
    {
        var (exit, lines, _) = Run("""{"id": "c-1", "text": "Semoga damai"}""", """{"id": "c-2", "text": "gw bunuh lu"}""");
        exit.Should().Be(0);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("c-1", "c-2");
    }

    [Fact]
    public void Uses_the_wire_contracts_field_names_and_values()
    {
        var (_, lines, _) = Run("""{"id": "c-2", "text": "Awas kau, kubakar rumahmu"}""");
        var root = JsonDocument.Parse(lines.Single()).RootElement;
        root.GetProperty("decision").GetString().Should().Be("flagged");
        root.GetProperty("priority").GetInt32().Should().Be(100);
        root.GetProperty("scores").GetProperty("hate").GetDouble().Should().BeApproximately(0.02, 1e-6);
        var reason = root.GetProperty("reasons")[0];
        reason.GetProperty("category").GetString().Should().Be("threat");
        reason.GetProperty("law").GetString().Should().Be("UU ITE Pasal 29");
        reason.GetProperty("source").GetString().Should().Be("rule");
        var evidence = reason.GetProperty("evidence").EnumerateArray().Select(e =>
            (e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32(), e.GetProperty("text").GetString())).ToList();
        evidence.Should().Contain((10, 7, "kubakar"));
    }

    [Fact]
    public void Writes_law_as_null_for_site_etiquette_categories()
    {
        var (_, lines, _) = Run("""{"id": "s", "text": "promo diskon klik tokoku.shop sekarang"}""");
        var reason = JsonDocument.Parse(lines.Single()).RootElement.GetProperty("reasons")[0];
        reason.GetProperty("category").GetString().Should().Be("spam");
        reason.GetProperty("law").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Writes_an_empty_reason_list_and_priority_zero_for_an_approved_comment()
    {
        var root = JsonDocument.Parse(Run("""{"id": "a", "text": "Semoga damai"}""").Lines.Single()).RootElement;
        root.GetProperty("decision").GetString().Should().Be("approved");
        root.GetProperty("reasons").GetArrayLength().Should().Be(0);
        root.GetProperty("priority").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Applies_a_lines_section()
    {
        var (_, lines, _) = Run("""{"id": "k", "text": "susah cari cewe", "section": "anak"}""", """{"id": "p", "text": "susah cari cewe"}""");
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("decision").GetString()).Should().Equal("flagged", "approved");
    }

    [Fact]
    public void Answers_a_bad_line_with_an_error_object_and_keeps_going()
    {
        var (exit, lines, errors) = Run("""{"id": "1", "text": "Semoga damai"}""", "not json", """{"id": "3"}""", """{"id": "4", "text": "Setuju"}""");

        exit.Should().Be(1);
        lines.Should().HaveCount(4);
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("error").GetString().Should().StartWith("not valid JSON");
        var missing = JsonDocument.Parse(lines[2]).RootElement;
        missing.GetProperty("id").GetString().Should().Be("3");
        missing.GetProperty("error").GetString().Should().Contain("text");
        JsonDocument.Parse(lines[3]).RootElement.GetProperty("decision").GetString().Should().Be("approved");
        errors.Should().Contain("line 2").And.Contain("line 3 (id 3)");
    }

    [Fact]
    public void Skips_blank_lines() => Run("", """{"id": "1", "text": "Semoga damai"}""", "  ").Lines.Should().ContainSingle();

    [Fact]
    public void Answers_a_blank_text_as_empty_like_the_service()
    {
        var (exit, lines, _) = Run("""{"id": "ws", "text": "   "}""");

        exit.Should().Be(1);
        Root(lines.Single()).GetProperty("error").GetString().Should().Be("\"text\" is empty");
    }

    [Fact]
    public void Answers_a_text_over_the_limit_with_an_error_line_and_scores_the_next()
    {
        var (exit, lines, _) = RunWithLimit(20, """{"id": "long", "text": "Semoga damai selalu, amin ya Allah"}""", """{"id": "ok", "text": "Semoga damai"}""");

        exit.Should().Be(1);
        Root(lines[0]).GetProperty("error").GetString().Should().Be("\"text\" is 34 characters; the limit is 20");
        Root(lines[1]).GetProperty("decision").GetString().Should().Be("approved");
    }

    [Fact]
    public void Answers_a_line_too_long_for_any_allowed_text_with_an_error_line_and_goes_on()
    {
        var huge = $$"""{"id": "huge", "text": "{{new string('a', 200_000)}}"}""";

        var (exit, lines, errors) = RunWithLimit(10, huge, """{"id": "ok", "text": "Semoga damai"}""");

        exit.Should().Be(1);
        Root(lines[0]).GetProperty("error").GetString().Should().StartWith("the line is longer than");
        Root(lines[1]).GetProperty("id").GetString().Should().Be("ok");
        errors.Should().Contain("line 1");
    }

    [Fact]
    public void Reads_past_a_byte_order_mark_at_the_start()
    {
        var (exit, lines, _) = Run("\uFEFF" + """{"id": "bom", "text": "Semoga damai"}""");

        exit.Should().Be(0);
        Root(lines.Single()).GetProperty("decision").GetString().Should().Be("approved");
    }

    [Fact]
    public void Echoes_a_numeric_id_as_a_number_and_refuses_other_kinds()
    {
        var (_, lines, _) = Run("""{"id": 3, "text": "Semoga damai"}""", """{"id": 1.50, "text": "Semoga damai"}""", """{"id": {"x": 1}, "text": "Semoga damai"}""");

        Root(lines[0]).GetProperty("id").GetRawText().Should().Be("3");
        Root(lines[1]).GetProperty("id").GetRawText().Should().Be("1.50");
        Root(lines[2]).GetProperty("error").GetString().Should().Be("\"id\" must be a string or a number");
    }
}
