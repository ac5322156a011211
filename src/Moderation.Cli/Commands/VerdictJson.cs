using System.Text.Encodings.Web;
using System.Text.Json;
using Moderation.Decisions;

namespace Moderation.Cli.Commands;

/// <summary>Writes a verdict in the wire contract's field names and values (camelCase; decision, category and source as wire
/// strings; evidence {start, length, text}; law null when none).</summary>
public static class VerdictJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="id">The input line's id as it was given (a JSON string or number), or null.</param>
    public static string Render(JsonElement? id, Verdict verdict)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteId(json, id);
            json.WriteString("decision", verdict.Decision.ToWire());
            json.WriteStartArray("reasons");
            foreach (var reason in verdict.Reasons)
            {
                WriteReason(json, reason);
            }

            json.WriteEndArray();
            json.WriteStartObject("scores");
            foreach (var (category, score) in verdict.Scores)
            {
                json.WriteNumber(category, score);
            }

            json.WriteEndObject();
            json.WriteNumber("priority", verdict.Priority);
            json.WriteString("modelVersion", verdict.ModelVersion);
            json.WriteString("policyVersion", verdict.PolicyVersion);
            if (verdict.CampaignId is not null)
            {
                json.WriteString("campaignId", verdict.CampaignId);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The line written for an input line that could not be scored.</summary>
    public static string RenderError(JsonElement? id, string error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteId(json, id);
            json.WriteString("error", error);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteReason(Utf8JsonWriter json, Reason reason)
    {
        json.WriteStartObject();
        json.WriteString("category", reason.Category.ToWire());
        json.WriteString("law", reason.Law);
        json.WriteString("source", reason.Source.ToWire());
        json.WriteNumber("score", reason.Score);
        json.WriteStartArray("evidence");
        foreach (var evidence in reason.Evidence)
        {
            json.WriteStartObject();
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("length", evidence.Length);
            json.WriteString("text", evidence.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (reason.Kind is not null)
        {
            json.WriteString("kind", reason.Kind);
        }

        if (reason.Detail is not null)
        {
            json.WriteString("detail", reason.Detail);
        }

        json.WriteEndObject();
    }
}
