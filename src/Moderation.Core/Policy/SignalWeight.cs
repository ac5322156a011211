namespace Moderation.Policy;

/// <summary>One signal that feeds a category: its score is multiplied by <paramref name="Weight"/>; <paramref name="Kind"/>
/// names the reason's kind when this signal is the strongest (e.g. "religion" for model:HS_Religion).</summary>
/// <param name="CorroboratedBy">Model signals that must agree: the score counts only as far as the strongest of them
/// (min(score, max(corroborators))). A religion head that fires on a neutral mention of a faith, with no hate speech
/// around it, is held back this way.</param>
/// <param name="RejectsOnlyWith">Signals of which at least one must reach its minimum score before this signal may reject;
/// without them it can only flag. The gambling head alone rejected "timnas gacor banget" (sports slang); with a rule hit
/// (a brand, two jargon words) behind it the rejection is near-certain.</param>
/// <param name="CitesLaw">Whether this signal's reasons cite the category's article; false for what the site forbids by its own
/// rules although the law does not (hate aimed at sexual orientation is site policy, not Pasal 28(2)).</param>
public sealed record SignalWeight(
    string Signal,
    double Weight = 1.0,
    string? Kind = null,
    IReadOnlyList<string>? CorroboratedBy = null,
    IReadOnlyDictionary<string, double>? RejectsOnlyWith = null,
    bool CitesLaw = true)
{
    // The head names are cut once here (and again by a `with` that changes the signal), not on every decision.
    private readonly string _signal = Signal;
    private readonly string _head = HeadOf(Signal);
    private readonly IReadOnlyList<string>? _corroboratedBy = CorroboratedBy;
    private readonly string[] _corroboratingHeads = HeadsOf(CorroboratedBy);

    public string Signal
    {
        get => _signal;
        init
        {
            _signal = value;
            _head = HeadOf(value);
        }
    }

    public IReadOnlyList<string>? CorroboratedBy
    {
        get => _corroboratedBy;
        init
        {
            _corroboratedBy = value;
            _corroboratingHeads = HeadsOf(value);
        }
    }

    public bool IsModel => Signal.StartsWith(PolicySignals.ModelPrefix, StringComparison.Ordinal);

    public bool IsRule => Signal.StartsWith(PolicySignals.RulePrefix, StringComparison.Ordinal);

    /// <summary>The model head name for a model signal ("HS_Group" for "model:HS_Group").</summary>
    public string Head => _head;

    /// <summary><see cref="CorroboratedBy"/> without the model prefix, for looking the heads up.</summary>
    internal IReadOnlyList<string> CorroboratingHeads => _corroboratingHeads;

    // The cached heads follow from the properties, so equality stays that of the six properties.
    public bool Equals(SignalWeight? other) =>
        other is not null
        && _signal == other._signal
        && Weight.Equals(other.Weight)
        && Kind == other.Kind
        && EqualityComparer<IReadOnlyList<string>?>.Default.Equals(_corroboratedBy, other._corroboratedBy)
        && EqualityComparer<IReadOnlyDictionary<string, double>?>.Default.Equals(RejectsOnlyWith, other.RejectsOnlyWith)
        && CitesLaw == other.CitesLaw;

    public override int GetHashCode() => HashCode.Combine(_signal, Weight, Kind, _corroboratedBy, RejectsOnlyWith, CitesLaw);

    private static string HeadOf(string signal) =>
        signal is not null && signal.StartsWith(PolicySignals.ModelPrefix, StringComparison.Ordinal) ? string.Intern(signal[PolicySignals.ModelPrefix.Length..]) : string.Empty;

    private static string[] HeadsOf(IReadOnlyList<string>? corroborators) =>
        corroborators is null ? [] : corroborators.Select(c => c.Length >= PolicySignals.ModelPrefix.Length ? string.Intern(c[PolicySignals.ModelPrefix.Length..]) : null!).ToArray();
}
