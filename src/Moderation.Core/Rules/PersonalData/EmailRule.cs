using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.PersonalData;

/// <summary>E-mail addresses (UU PDP).</summary>
public sealed class EmailRule : IRule
{
    private static readonly Regex Email = RulePattern.Create(@"\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12}\b");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (text.Folded.Text.Contains('@'))
        {
            RulePattern.AddMatches(Email, text.Folded.Text, TextView.Folded, RuleSignals.PersonalData, 0.85, hits, "email");
        }
    }
}
