using System.CommandLine;
using System.Text.Json;
using Moderation.Decisions;
using Moderation.Pipeline;

namespace Moderation.Cli.Commands;

/// <summary>The `score` verb: one comment in readable form, or JSON lines in and out (--jsonl) in the wire contract's shape.</summary>
/// <remarks>With --jsonl every input line gets exactly one output line, in order: a verdict, or {"id": ..., "error": ...} for a
/// line that is not a JSON object with a string "text" (the same message also goes to stderr). Blank lines are skipped. The
/// exit code is 0 when every line was scored and 1 when any line was not; the stream never stops early.</remarks>
public static class ScoreCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The comment to score (omit with --jsonl).", Arity = ArgumentArity.ZeroOrOne };
        var section = new Option<string?>("--section") { Description = "The site section the comment belongs to (e.g. anak); sections can have stricter thresholds." };
        var model = new Option<string?>("--model") { Description = $"Model directory (default: ${ModelLocation.EnvironmentVariable}, else the repository's models/)." };
        var policy = new Option<string?>("--policy") { Description = $"Policy file (default: {PipelineLoader.PolicyFileName} in the model directory)." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {\"id\", \"text\", \"section\"} from stdin; write one JSON verdict line per input line. " +
                "A line that cannot be read gets {\"id\", \"error\"} in its place (and a message on stderr); the stream goes on, and the exit code is 1 at the end." };
        var command = new Command("score", "Decide on a comment: approved, flagged or rejected, with reasons citing the law, evidence and scores.")
        {
            text, section, model, policy, jsonl,
        };

        command.SetAction(parse =>
        {
            var comment = parse.GetValue(text);
            var streaming = parse.GetValue(jsonl);
            if (streaming == (comment is not null))
            {
                throw new CliException(streaming ? "give either TEXT or --jsonl, not both." : "give the comment TEXT to score, or --jsonl to read JSON lines from stdin.");
            }

            var pipeline = PipelineLoader.Load(parse.GetValue(model), parse.GetValue(policy));
            if (streaming)
            {
                return ScoreLines(pipeline, Console.In, Console.Out, Console.Error, parse.GetValue(section));
            }

            if (string.IsNullOrWhiteSpace(comment))
            {
                throw new CliException("the comment TEXT is empty.");
            }

            Print(pipeline.Decide(new CommentInput(comment, parse.GetValue(section))), comment);
            return 0;
        });
        return command;
    }

    /// <summary>Scores JSON lines; a line's own "section" wins over --section.</summary>
    public static int ScoreLines(DecisionPipeline pipeline, TextReader input, TextWriter output, TextWriter errors, string? defaultSection)
    {
        var failed = 0;
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, comment, section, error) = ParseLine(line);
            if (error is not null)
            {
                failed++;
                output.WriteLine(VerdictJson.RenderError(id, error));
                errors.WriteLine($"line {number}{(id is null ? "" : $" (id {id})")}: {error}");
                continue;
            }

            output.WriteLine(VerdictJson.Render(id, pipeline.Decide(new CommentInput(comment!, section ?? defaultSection))));
        }

        output.Flush();
        return failed == 0 ? 0 : 1;
    }

    private static (string? Id, string? Text, string? Section, string? Error) ParseLine(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, "not a JSON object");
            }

            var id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return (id, null, null, "missing \"text\" (a string)");
            }

            var text = textElement.GetString()!;
            if (text.Length == 0)
            {
                return (id, null, null, "\"text\" is empty");
            }

            string? section = null;
            if (root.TryGetProperty("section", out var sectionElement))
            {
                if (sectionElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (id, null, null, "\"section\" must be a string");
                }

                section = sectionElement.GetString();
            }

            return (id, text, section, null);
        }
        catch (JsonException error)
        {
            return (null, null, null, $"not valid JSON: {error.Message}");
        }
    }

    private static void Print(Verdict verdict, string comment) =>
        Console.Out.Write(VerdictText.Render(verdict, comment, colour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null));
}
