using System.Globalization;
using System.Text;
using Moderation.Normalisation;

namespace Moderation.Features;

/// <summary>Dense signals of how a comment was written, which the canonical text throws away: styled look-alike letters,
/// brand-with-digits tokens, emoji, links, spaced letters. Each is scaled to [0, 1]; promotion spam is written this way.</summary>
public static class WritingSignals
{
    /// <summary>How many signals <see cref="Compute"/> writes; the featurizer reserves this many slots at the top of the space.</summary>
    public const int Count = 8;

    /// <summary>Writes the signals of <paramref name="text"/> into <paramref name="signals"/> (length <see cref="Count"/>).</summary>
    public static void Compute(NormalisedText text, Span<float> signals) => Compute(text.Original, text.Folded.Text, signals);

    public static void Compute(string original, string folded, Span<float> signals) => Compute(CountLetters(original), folded, signals);

    /// <summary>The letters, styled letters, capitals and emoji of the reader's own text.</summary>
    internal static LetterCounts CountLetters(ReadOnlySpan<char> original)
    {
        int letters = 0, styled = 0, upper = 0, emoji = 0;
        var rest = original;
        while (!rest.IsEmpty)
        {
            // ASCII decided on the char (no ASCII char is an emoji or beyond Latin Extended-A); the rest as runes, a broken
            // surrogate read as U+FFFD, as string.EnumerateRunes reads it.
            var c = rest[0];
            if (c < 0x80)
            {
                rest = rest[1..];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    letters++;
                    upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
                }

                continue;
            }

            Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            rest = rest[consumed..];
            if (Rune.IsLetterOrDigit(rune))
            {
                letters++;
                // Beyond Latin Extended-A a letter or digit in an Indonesian comment is almost always a disguise
                // (mathematical bold, fullwidth, small caps, Cyrillic look-alikes, circled letters).
                if (rune.Value > 0x24F)
                {
                    styled++;
                }
                else if (Rune.IsUpper(rune))
                {
                    upper++;
                }
            }
            else if (IsEmoji(rune))
            {
                emoji++;
            }
        }

        return new LetterCounts(letters, styled, upper, emoji);
    }

    /// <summary>Writes the signals from the letter counts of the original text and the tokens of the folded one.</summary>
    internal static void Compute(LetterCounts counts, string folded, Span<float> signals)
    {
        signals[..Count].Clear();
        var (letters, styled, upper, emoji) = counts;
        int tokens = 0, mixed = 0, links = 0, singles = 0, singleRun = 0, longestSingleRun = 0, digits = 0, chars = 0;
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                if (!char.IsWhiteSpace(folded[i]))
                {
                    singleRun = 0;
                }

                i++;
                continue;
            }

            var start = i;
            bool hasLetter = false, hasDigit = false;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                hasLetter |= char.IsLetter(folded[i]);
                hasDigit |= char.IsDigit(folded[i]);
                digits += char.IsDigit(folded[i]) ? 1 : 0;
                i++;
            }

            tokens++;
            chars += i - start;
            var token = folded.AsSpan(start, i - start);
            mixed += hasLetter && hasDigit ? 1 : 0;
            links += token is "url" ? 1 : 0;
            if (token.Length == 1 && hasLetter)
            {
                singles++;
                singleRun++;
                longestSingleRun = Math.Max(longestSingleRun, singleRun);
            }
            else
            {
                singleRun = 0;
            }
        }

        signals[0] = letters == 0 ? 0 : (float)styled / letters;
        signals[1] = Math.Min(1f, styled / 8f);
        signals[2] = Math.Min(1f, mixed / 2f);
        signals[3] = Math.Min(1f, emoji / 6f);
        signals[4] = Math.Min(1f, links / 2f);
        signals[5] = longestSingleRun >= 3 ? Math.Min(1f, longestSingleRun / 8f) : 0;
        signals[6] = chars == 0 ? 0 : (float)digits / chars;
        signals[7] = letters < 4 ? 0 : (float)upper / letters;
    }

    internal static bool IsEmoji(Rune rune) =>
        rune.Value >= 0x1F000 || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    /// <summary>What <see cref="CountLetters"/> found.</summary>
    internal readonly record struct LetterCounts(int Letters, int Styled, int Upper, int Emoji);
}
