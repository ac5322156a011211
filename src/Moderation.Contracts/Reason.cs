using System.Text.Json.Serialization;

namespace Moderation.Contracts;

/// <summary>Why a comment was flagged or rejected.</summary>
/// <param name="Category">A category from domain.md (e.g. "hate", "personal-data", "spam"), or "invalid".</param>
/// <param name="Law">The cited article, e.g. "UU ITE Pasal 28 ayat (2)"; null for site-etiquette categories.</param>
/// <param name="Source">"model", "rule", "velocity" or "campaign".</param>
/// <param name="Evidence">Spans of the original text (UTF-16 offsets); may be empty for model reasons.</param>
/// <param name="Detail">Why, in words; always set for "invalid".</param>
/// <param name="Kind">A finer label within the category, e.g. "phone" for personal data.</param>
public sealed record Reason(
    string Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Law,
    string Source,
    double Score,
    IReadOnlyList<Evidence> Evidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind = null);
