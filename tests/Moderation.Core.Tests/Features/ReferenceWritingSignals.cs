using System.Text;
using Moderation.Features;

namespace Moderation.Core.Tests.Features;

/// <summary>The writing signals with the letter count as it was before the ASCII fast path (commit 0a73960), the yardstick
/// for that fast path; the token part and the scaling are the production code's (the fast path did not touch them).</summary>
internal static class ReferenceWritingSignals
{
    public static void Compute(string original, string folded, Span<float> signals) =>
        WritingSignals.Compute(CountLetters(original), folded, signals);

    /// <summary>The letter count as it was: every char decoded as a rune (the part the fast path replaced).</summary>
    private static WritingSignals.LetterCounts CountLetters(string original)
    {
        int letters = 0, styled = 0, upper = 0, emoji = 0;
        foreach (var rune in original.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                letters++;
                if (rune.Value > 0x24F)
                {
                    styled++;
                }
                else if (Rune.IsUpper(rune))
                {
                    upper++;
                }
            }
            else if (WritingSignals.IsEmoji(rune))
            {
                emoji++;
            }
        }

        return new WritingSignals.LetterCounts(letters, styled, upper, emoji);
    }
}
