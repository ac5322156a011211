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
            [.. assessment.RuleHits.Select(h => new CachedRuleHit(h.Signal, h.View, h.Start, h.Length, h.Confidence, h.Kind))]),
        Options);

    public static TextAssessment Deserialize(string json)
    {
        var cached = JsonSerializer.Deserialize<CachedAssessment>(json, Options)
            ?? throw new JsonException("A cached assessment is null.");
        return new TextAssessment(
            new HeadScores(cached.Heads, cached.Values),
            [.. cached.RuleHits.Select(h => new RuleHit(h.Signal, h.View, h.Start, h.Length, h.Confidence, h.Kind))]);
    }

    private sealed record CachedAssessment(string[] Heads, float[] Values, CachedRuleHit[] RuleHits);

    private sealed record CachedRuleHit(string Signal, TextView View, int Start, int Length, double Confidence, string? Kind);
}
