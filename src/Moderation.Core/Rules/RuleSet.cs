using Moderation.Normalisation;
using Moderation.Rules.Context;
using Moderation.Rules.Gambling;
using Moderation.Rules.PersonalData;

namespace Moderation.Rules;

/// <summary>The rules the model cannot learn from the corpora (threats, extortion, personal data, solicitation, gambling jargon,
/// scams, spam) and the context rules that dampen model heads. Pure and thread-safe; the regexes are compiled once per process.</summary>
public sealed class RuleSet
{
    private readonly IRule[] _rules;

    public RuleSet()
        : this(
        [
            new ThreatRule(), new ExtortionRule(),
            new NikRule(), new PhoneNumberRule(), new EmailRule(), new StreetAddressRule(), new BankAccountRule(),
            new SexualSolicitationRule(), new GamblingPromotionRule(), new ScamRule(), new SpamRule(),
            new GamblingOppositionRule(), new LiteralAnimalRule(), new CounterSpeechRule(), new InstitutionalCriticismRule(),
        ])
    {
    }

    public RuleSet(IEnumerable<IRule> rules) => _rules = rules.ToArray();

    /// <summary>The signals every rule family can emit, for validating a policy against.</summary>
    public static IReadOnlyList<string> Signals => RuleSignals.All;

    public IReadOnlyList<RuleHit> Match(NormalisedText text)
    {
        var hits = new List<RuleHit>();
        foreach (var rule in _rules)
        {
            rule.Match(text, hits);
        }

        return hits;
    }
}
