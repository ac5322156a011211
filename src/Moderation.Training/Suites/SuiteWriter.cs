using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Moderation.Training.Suites;

/// <summary>Writes suite cases as the JSON lines <see cref="SuiteReader"/> reads: "id", "text", "expect", "functionality",
/// "half", "category", "group", "ground", "template" (null where a case has none), then "section" and "note" only where
/// present. Text is written unescaped where JSON allows, so the file reads as the comments do; lines end in "\n".</summary>
public static class SuiteWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, IEnumerable<SuiteCase> cases)
    {
        foreach (var @case in cases)
        {
            output.Write(Line(@case));
            output.Write('\n');
        }
    }

    public static string Line(SuiteCase @case)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("id", @case.Id);
            writer.WriteString("text", @case.Text);
            writer.WriteString("expect", @case.Expect == Expectation.Held ? "held" : "approved");
            writer.WriteString("functionality", @case.Functionality);
            writer.WriteString("half", @case.Half == SuiteHalf.Dev ? "dev" : "locked");
            writer.WriteString("category", @case.Category);
            writer.WriteString("group", @case.Group);
            writer.WriteString("ground", @case.Ground);
            writer.WriteString("template", @case.Template);
            if (@case.Section is not null)
            {
                writer.WriteString("section", @case.Section);
            }

            if (@case.Note is not null)
            {
                writer.WriteString("note", @case.Note);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
