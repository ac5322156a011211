using System.Text.Json;
using System.Text.Json.Serialization;
using Moderation.Contracts;
using Moderation.Decisions;
using Moderation.Formats;
using WireReason = Moderation.Contracts.Reason;

namespace Moderation.Cli.Commands;

/// <summary>Writes a verdict in the wire contract's field names and values, with the service's own wire types and JSON settings
/// (<see cref="DecisionJson.Options"/>), after the input line's id.</summary>
public static class VerdictJson
{
    /// <param name="id">The input line's id as it was given (a JSON string or number), or null.</param>
    public static string Render(JsonElement? id, Verdict verdict) => JsonSerializer.Serialize(
        new VerdictLine(id, verdict.Decision.ToWire(), DecisionEvents.Reasons(verdict), verdict.Scores, verdict.Priority, verdict.ModelVersion,
            verdict.PolicyVersion, verdict.CampaignId),
        DecisionJson.Options);

    /// <summary>The line written for an input line that could not be scored.</summary>
    public static string RenderError(JsonElement? id, string error) => JsonSerializer.Serialize(new ErrorLine(id, error), DecisionJson.Options);

    private sealed record VerdictLine(
        JsonElement? Id,
        string Decision,
        IReadOnlyList<WireReason> Reasons,
        IReadOnlyDictionary<string, double> Scores,
        int Priority,
        string ModelVersion,
        string PolicyVersion,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CampaignId);

    private sealed record ErrorLine(JsonElement? Id, string Error);
}
