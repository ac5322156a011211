using System.Text.Json;
using Moderation.Pipeline;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Service.Stores;

/// <summary>The score cache's JSON form of a <see cref="TextAssessment"/> (the core stays free of serialisation concerns).</summary>
public static class AssessmentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(TextAssessment assessment) => JsonSerializer.Serialize(
        new CachedAssessment(
            [.. assessment.Scores.Heads],
            assessment.Scores.Values,
            assessment.Scores.Drivers is { } drivers ? [.. drivers.Select(d => new CachedDriver(d.Slot, d.Contribution))] : null,
            [.. assessment.RuleHits.Select(h => new CachedRuleHit(h.Signal, h.View, h.Start, h.Length, h.Confidence, h.Kind))]),
        Options);

    public static TextAssessment Deserialize(string json)
    {
        var cached = JsonSerializer.Deserialize<CachedAssessment>(json, Options)
            ?? throw new JsonException("A cached assessment is null.");
        return new TextAssessment(
            new HeadScores(cached.Heads, cached.Values, cached.Drivers is { } drivers ? [.. drivers.Select(d => new ScoreDriver(d.Slot, d.Contribution))] : null),
            [.. cached.RuleHits.Select(h => new RuleHit(h.Signal, h.View, h.Start, h.Length, h.Confidence, h.Kind))]);
    }

    // Drivers is null in entries written before the model's evidence was kept: their model reasons show no words.
    private sealed record CachedAssessment(string[] Heads, float[] Values, CachedDriver[]? Drivers, CachedRuleHit[] RuleHits);

    private sealed record CachedDriver(int Slot, float Contribution);

    private sealed record CachedRuleHit(string Signal, TextView View, int Start, int Length, double Confidence, string? Kind);
}
