using Moderation.Normalisation;

namespace Moderation.Rules.PersonalData;

/// <summary>Indonesian mobile numbers: 08xx, +62 8xx, 62 8xx, with or without separators (UU PDP).</summary>
public sealed class PhoneNumberRule : IRule
{
    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (RulePattern.HasDigit(text.Folded.Text))
        {
            RulePattern.AddMatches(MobileNumber.Pattern, text.Folded.Text, TextView.Folded, RuleSignals.PersonalData, 0.9, hits, "phone");
        }
    }
}
