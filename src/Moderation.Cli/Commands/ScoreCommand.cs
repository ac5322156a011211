using System.CommandLine;
using System.Text.Json;
using Moderation.Decisions;
using Moderation.Pipeline;

namespace Moderation.Cli.Commands;

/// <summary>The `score` verb: one comment in readable form, or JSON lines in and out (--jsonl) in the wire contract's shape.</summary>
/// <remarks>With --jsonl every input line gets exactly one output line, in order: a verdict, or {"id": ..., "error": ...} for a
/// line that is not a JSON object with a non-blank string "text" of at most --max-text-length characters (the same message
/// also goes to stderr). The id is echoed as given (a string or a number). Blank lines are skipped; a line too long to hold
/// such a comment is not read into memory whole. The exit code is 0 when every line was scored and 1 when any line was not;
/// the stream never stops early.</remarks>
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
        var maxLength = new Option<int>("--max-text-length")
        {
            Description = "With --jsonl, the longest text scored, in characters (the service's Moderation:MaxTextLength); a longer one gets an error line.",
            DefaultValueFactory = _ => DefaultMaxTextLength,
        };
        var command = new Command("score", "Decide on a comment: approved, flagged or rejected, with reasons citing the law, evidence and scores.")
        {
            text, section, model, policy, jsonl, maxLength,
        };

        command.SetAction(parse =>
        {
            var comment = parse.GetValue(text);
            var streaming = parse.GetValue(jsonl);
            if (streaming == (comment is not null))
            {
                throw new CliException(streaming ? "give either TEXT or --jsonl, not both." : "give the comment TEXT to score, or --jsonl to read JSON lines from stdin.");
            }

            if (parse.GetValue(maxLength) < 1)
            {
                throw new CliException("--max-text-length must be at least 1.");
            }

            var pipeline = PipelineLoader.Load(parse.GetValue(model), parse.GetValue(policy));
            if (streaming)
            {
                return ScoreLines(pipeline, Console.In, Console.Out, Console.Error, parse.GetValue(section), parse.GetValue(maxLength));
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

    /// <summary>The service's default limit on a comment's text (Moderation:MaxTextLength).</summary>
    public const int DefaultMaxTextLength = 5000;

    /// <summary>Scores JSON lines; a line's own "section" wins over --section.</summary>
    public static int ScoreLines(DecisionPipeline pipeline, TextReader input, TextWriter output, TextWriter errors, string? defaultSection,
        int maxTextLength = DefaultMaxTextLength)
    {
        // Room for the longest text written with \uXXXX escapes, and for the other fields.
        var maxLineLength = (6 * maxTextLength) + 65_536;
        var failed = 0;
        foreach (var (number, line) in BoundedLines.Read(input, maxLineLength))
        {
            if (line is not null && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (id, comment, section, error) = line is null
                ? (null, null, null, $"the line is longer than {maxLineLength} characters, too long for a text of {maxTextLength}")
                : ParseLine(line, maxTextLength);
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

    private static (JsonElement? Id, string? Text, string? Section, string? Error) ParseLine(string line, int maxTextLength)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, "not a JSON object");
            }

            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    return (null, null, null, "\"id\" must be a string or a number");
                }

                id = idElement.Clone();
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return (id, null, null, "missing \"text\" (a string)");
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return (id, null, null, "\"text\" is empty");
            }

            if (text.Length > maxTextLength)
            {
                return (id, null, null, $"\"text\" is {text.Length} characters; the limit is {maxTextLength}");
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
