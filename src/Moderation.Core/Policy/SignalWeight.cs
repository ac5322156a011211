namespace Moderation.Policy;

/// <summary>One signal that feeds a category: its score is multiplied by <paramref name="Weight"/>; <paramref name="Kind"/>
/// names the reason's kind when this signal is the strongest (e.g. "religion" for model:HS_Religion).</summary>
/// <param name="CorroboratedBy">Model signals that must agree: the score counts only as far as the strongest of them
/// (min(score, max(corroborators))). A religion head that fires on a neutral mention of a faith, with no hate speech
/// around it, is held back this way.</param>
/// <param name="RejectsOnlyWith">Signals of which at least one must reach its minimum score before this signal may reject;
/// without them it can only flag. The gambling head alone rejected "timnas gacor banget" (sports slang); with a rule hit
/// (a brand, two jargon words) behind it the rejection is near-certain.</param>
public sealed record SignalWeight(
    string Signal,
    double Weight = 1.0,
    string? Kind = null,
    IReadOnlyList<string>? CorroboratedBy = null,
    IReadOnlyDictionary<string, double>? RejectsOnlyWith = null)
{
    public bool IsModel => Signal.StartsWith(PolicySignals.ModelPrefix, StringComparison.Ordinal);

    public bool IsRule => Signal.StartsWith(PolicySignals.RulePrefix, StringComparison.Ordinal);

    /// <summary>The model head name for a model signal ("HS_Group" for "model:HS_Group").</summary>
    public string Head => IsModel ? Signal[PolicySignals.ModelPrefix.Length..] : string.Empty;
}
