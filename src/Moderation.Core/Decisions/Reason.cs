namespace Moderation.Decisions;

/// <summary>Why a comment was held or rejected: a category, the article it cites, and what supports it.</summary>
/// <param name="Law">The cited article (e.g. "UU ITE Pasal 28 ayat (2)"), or null for site-etiquette categories.</param>
/// <param name="Kind">A finer label within the category, e.g. "religion" for hate or "phone" for personal data.</param>
/// <param name="Detail">Human-readable detail; required for <see cref="Category.Invalid"/>.</param>
public sealed record Reason(
    Category Category,
    string? Law,
    ReasonSource Source,
    double Score,
    IReadOnlyList<Evidence> Evidence,
    string? Kind = null,
    string? Detail = null);
