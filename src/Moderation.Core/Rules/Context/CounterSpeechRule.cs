using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.Context;

/// <summary>Calls for unity and against hate ("ayo jaga persatuan, jangan terprovokasi isu SARA"): a counter-signal that dampens
/// the hate heads, which react to the words SARA, agama, suku themselves.</summary>
public sealed class CounterSpeechRule : IRule
{
    private static readonly Regex Unity = RulePattern.Words(
        "jaga persatuan", "menjaga persatuan", "persatuan dan kesatuan", "jangan terprovokasi", "jangan mudah terprovokasi",
        "jangan gampang terprovokasi", "jangan mau diadu domba", "jangan diadu domba", "jangan mau dipecah belah", "stop rasis",
        "stop rasisme", "tolak rasisme", "tolak intoleransi", "tolak sara", "tolak diskriminasi", "lawan rasisme", "lawan intoleransi",
        "bhinneka tunggal ika", "saling menghormati", "hargai perbedaan", "menghargai perbedaan", "kita semua saudara", "kita bersaudara",
        "no racism", "anti rasis", "anti rasisme", "jangan rasis", "stop sara", "hentikan ujaran kebencian", "jangan sebar kebencian");

    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        "persatuan", "terprovokasi", "domba", "dipecah", "rasis", "intoleransi", "sara", "diskriminasi", "bhinneka", "menghormati",
        "perbedaan", "saudara", "racism", "kebencian");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (!RulePattern.Mentions(text, Triggers))
        {
            return;
        }

        if (RulePattern.AddMatches(Unity, text.Canonical.Text, TextView.Canonical, RuleSignals.CounterSpeech, 0.8, hits) == 0
            && text.Canonical.Text != text.Folded.Text)
        {
            RulePattern.AddMatches(Unity, text.Folded.Text, TextView.Folded, RuleSignals.CounterSpeech, 0.8, hits);
        }
    }
}
