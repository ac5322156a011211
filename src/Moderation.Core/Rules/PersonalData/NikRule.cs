using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.PersonalData;

/// <summary>A national identity number (NIK) with a plausible structure, written whole or in groups (UU PDP).</summary>
public sealed class NikRule : IRule
{
    private static readonly Regex Candidate = RulePattern.Create(@"(?<!\p{N})\d(?:[ .-]?\d){15}(?!\p{N})");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var folded = text.Folded.Text;
        if (!RulePattern.HasDigit(folded))
        {
            return;
        }

        Span<char> digits = stackalloc char[16];
        try
        {
            foreach (var match in Candidate.EnumerateMatches(folded))
            {
                var n = 0;
                foreach (var c in folded.AsSpan(match.Index, match.Length))
                {
                    if (char.IsAsciiDigit(c))
                    {
                        digits[n++] = c;
                    }
                }

                if (n == 16 && NikNumber.IsPlausible(digits))
                {
                    hits.Add(new RuleHit(RuleSignals.PersonalData, TextView.Folded, match.Index, match.Length, 0.95, "nik"));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }
}
