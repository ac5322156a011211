namespace Moderation.Policy;

/// <summary>One signal that feeds a category: its score is multiplied by <paramref name="Weight"/>; <paramref name="Kind"/>
/// names the reason's kind when this signal is the strongest (e.g. "religion" for model:HS_Religion).</summary>
public sealed record SignalWeight(string Signal, double Weight = 1.0, string? Kind = null)
{
    public bool IsModel => Signal.StartsWith(PolicySignals.ModelPrefix, StringComparison.Ordinal);

    public bool IsRule => Signal.StartsWith(PolicySignals.RulePrefix, StringComparison.Ordinal);

    /// <summary>The model head name for a model signal ("HS_Group" for "model:HS_Group").</summary>
    public string Head => IsModel ? Signal[PolicySignals.ModelPrefix.Length..] : string.Empty;
}
