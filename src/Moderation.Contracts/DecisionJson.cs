using System.Text.Json;

namespace Moderation.Contracts;

/// <summary>A decision event as JSON, as the service publishes and records it; read back as its own type by its "decision" field.</summary>
public static class DecisionJson
{
    /// <summary>The wire's JSON settings, also for what is written beside the events (the CLI's verdict lines).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(CommentDecision decision) => JsonSerializer.Serialize(decision, decision.GetType(), Options);

    /// <summary>The same JSON as UTF-8: the body of the decision event on the wire.</summary>
    public static byte[] SerializeToUtf8Bytes(CommentDecision decision) => JsonSerializer.SerializeToUtf8Bytes(decision, decision.GetType(), Options);

    public static CommentDecision Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        var decision = document.RootElement.GetProperty("decision").GetString();
        return decision switch
        {
            "approved" => document.RootElement.Deserialize<CommentApproved>(Options)!,
            "flagged" => document.RootElement.Deserialize<CommentFlagged>(Options)!,
            "rejected" => document.RootElement.Deserialize<CommentRejected>(Options)!,
            _ => throw new JsonException($"A recorded decision has an unknown decision '{decision}'."),
        };
    }
}
