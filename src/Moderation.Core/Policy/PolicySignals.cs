using Moderation.Rules;

namespace Moderation.Policy;

/// <summary>The signal names a policy may use: model heads ("model:HS_Group"), rule families ("rule:threat"), and the
/// service's context signals ("velocity", "campaign").</summary>
public static class PolicySignals
{
    public const string ModelPrefix = "model:";
    public const string RulePrefix = "rule:";
    public const string Velocity = "velocity";
    public const string Campaign = "campaign";

    /// <summary>The heads the trained model exposes (the corpus labels, and the gambling head).</summary>
    public static IReadOnlyList<string> ModelHeads { get; } =
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "HS_Weak", "HS_Moderate", "HS_Strong", "Gambling"];

    private static readonly HashSet<string> Known = new(
        ModelHeads.Select(h => ModelPrefix + h).Concat(RuleSignals.All).Append(Velocity).Append(Campaign),
        StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => Known;

    public static bool IsKnown(string signal) => Known.Contains(signal);
}
