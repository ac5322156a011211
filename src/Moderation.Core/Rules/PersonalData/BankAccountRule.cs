using Moderation.Normalisation;

namespace Moderation.Rules.PersonalData;

/// <summary>Bank account numbers: 8..16 digits shortly after a bank name or "rekening" (UU PDP).</summary>
public sealed class BankAccountRule : IRule
{
    // Every match has at least eight digits.
    private static readonly ScreenedPattern Account = new(
        RulePattern.Create(
            @"\b(?:bca|bri|bni|mandiri|bsi|btn|cimb|niaga|danamon|permata|jago|seabank|bjb|ocbc|panin|maybank|mega|rek|rekening|norek|rekeningnya|account|acc)\b[^\p{N}]{0,30}?(?<!\p{N})\d(?:[ .-]?\d){7,15}(?!\p{N})"),
        text => RulePattern.CountDigits(text) >= 8);

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        RulePattern.AddMatches(Account, text.Folded.Text, TextView.Folded, RuleSignals.PersonalData, 0.85, hits, "bank-account");
    }
}
