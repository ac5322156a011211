using Moderation.Decisions;

namespace Moderation.Rules;

/// <summary>Which normalised view a rule hit's offsets index.</summary>
public enum TextView
{
    Folded,
    Canonical,
}

/// <summary>A rule that matched, with the span it matched in one normalised view (mapped to the original when a verdict is made).</summary>
/// <param name="Signal">The policy signal name, e.g. "rule:threat".</param>
public sealed record RuleHit(string Signal, TextView View, int Start, int Length, double Confidence, string? Kind = null);
