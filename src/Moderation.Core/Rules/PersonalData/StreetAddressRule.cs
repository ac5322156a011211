using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.PersonalData;

/// <summary>Home addresses: "Jl. Mawar No. 12", "Gg. Melati 3 RT 03 RW 05" (UU PDP). A street name without a number is not an address.</summary>
public sealed class StreetAddressRule : IRule
{
    private const string Gap = RulePattern.Gap;

    private static readonly Regex StreetAndNumber = RulePattern.Create(
        $@"\b(?:jl|jln|jalan|gg|gang|komplek|komp|perum|perumahan|griya)\b(?:{Gap}[\p{{L}}\p{{N}}]+){{1,5}}?{Gap}(?:no|nomor|nomer|blok)\b{Gap}?[a-z]?\d{{1,4}}[a-z]?\b");

    private static readonly Regex Neighbourhood = RulePattern.Create($@"\brt{Gap}?\d{{1,3}}{Gap}?rw{Gap}?\d{{1,3}}\b");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var folded = text.Folded.Text;
        if (!RulePattern.HasDigit(folded))
        {
            return;
        }

        var first = hits.Count;
        var streets = RulePattern.AddMatches(StreetAndNumber, folded, TextView.Folded, RuleSignals.PersonalData, 0.85, hits, "address");
        var blocks = RulePattern.AddMatches(Neighbourhood, folded, TextView.Folded, RuleSignals.PersonalData, 0.8, hits, "address");
        if (streets > 0 && blocks > 0)
        {
            for (var i = first; i < hits.Count; i++)
            {
                hits[i] = hits[i] with { Confidence = 0.95 };
            }
        }
    }
}
