using System.Text.RegularExpressions;

namespace Moderation.Rules.PersonalData;

/// <summary>What reads as an Indonesian mobile number in the folded view: 08xx, +62 8xx, 62 8xx, with or without separators.
/// One definition for the personal-data rule and the spam rule.</summary>
internal static class MobileNumber
{
    // 0 8 plus 8..11 more digits: 10..13 digits in all, the length range of Indonesian mobile numbers.
    // A rupiah amount is not a number to call: none follows "Rp" or "IDR", and digits that are dot-separated thousands
    // from first to last (62.850.000.000) are an amount; a phone is grouped in fours (0812.3456.7890) or by spaces.
    private const string Amount = @"(?<!\b(?:rp|idr)\.?[ ]?)(?!\d{1,3}(?:\.\d{3})+(?!\.?\d))";

    public static readonly Regex Pattern = RulePattern.Create(
        @"(?<![\p{N}+])" + Amount + @"(?:\+[ ]?62|62|0)[ .-]?8[1-9](?:[ .()-]{0,2}\d){7,10}(?!\p{N})");
}
