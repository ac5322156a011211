using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.PersonalData;

/// <summary>Indonesian mobile numbers: 08xx, +62 8xx, 62 8xx, with or without separators (UU PDP).</summary>
public sealed class PhoneNumberRule : IRule
{
    // 0 8 plus 8..11 more digits: 10..13 digits in all, the length range of Indonesian mobile numbers.
    private static readonly Regex Phone = RulePattern.Create(@"(?<![\p{N}+])(?:\+[ ]?62|62|0)[ .-]?8[1-9](?:[ .()-]{0,2}\d){7,10}(?!\p{N})");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (RulePattern.HasDigit(text.Folded.Text))
        {
            RulePattern.AddMatches(Phone, text.Folded.Text, TextView.Folded, RuleSignals.PersonalData, 0.9, hits, "phone");
        }
    }
}
