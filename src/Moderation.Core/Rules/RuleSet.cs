using Moderation.Normalisation;
using Moderation.Rules.Context;
using Moderation.Rules.Gambling;
using Moderation.Rules.People;
using Moderation.Rules.PersonalData;
using Moderation.Rules.Profanity;
using Moderation.Rules.Targeted;

namespace Moderation.Rules;

/// <summary>The rules the model cannot learn from the corpora (threats, extortion, personal data, solicitation, gambling jargon,
/// scams, spam) and the context rules that dampen model heads. Pure and thread-safe; the regexes are compiled once per process.</summary>
public sealed class RuleSet
{
    private readonly IRule[] _rules;

    public RuleSet()
        : this(
        [
            new ThreatRule(), new TargetedSpeechRule(), new ExtortionRule(),
            new NikRule(), new PhoneNumberRule(), new EmailRule(), new StreetAddressRule(), new BankAccountRule(),
            new SexualSolicitationRule(), new SexualRemarkRule(), new DefamationRule(), new GamblingPromotionRule(), new ScamRule(), new SpamRule(),
            new GamblingOppositionRule(), new LiteralAnimalRule(), new CounterSpeechRule(), new InstitutionalCriticismRule(), new PublicFigureRule(),
            new ProfanityRule(),
        ])
    {
    }

    public RuleSet(IEnumerable<IRule> rules) => _rules = rules.ToArray();

    /// <summary>Runs every rule once on a comment that reaches all of their patterns, so the first real comment does not pay
    /// for compiling them.</summary>
    public RuleSet WarmUp()
    {
        const string sample = "transfer 5 juta atau foto kamu saya sebar, gw bunuh lu, tunggu pembalasan. slot gacor naga88 url daftar. " +
            "open bo wa 081234567890. jl mawar no 12 rt 01 rw 02, nik 3201011505900001, budi@mail.com, rek bca 1234567890. " +
            "anjing tetangga hilang di hutan, dasar goblok dikatai bodoh, jaga persatuan, kebijakan menteri, judi merusak. selamat anda mendapatkan hadiah. promo promo promo promo";
        var start = new int[sample.Length];
        var end = new int[sample.Length];
        for (var i = 0; i < sample.Length; i++)
        {
            start[i] = i;
            end[i] = i + 1;
        }

        var view = new NormalisedView(sample, start, end);
        Match(new NormalisedText(sample, view, view));
        return this;
    }

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
