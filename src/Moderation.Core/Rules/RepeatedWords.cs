using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>Flood detection for <see cref="SpamRule"/>: one word repeated back to back, or one word making up most of a long comment.
/// Laughter ("wkwk", "haha") is not flooding.</summary>
internal static class RepeatedWords
{
    private const int BackToBack = 4;
    private const int MinWordsForShare = 8;

    public static void Add(NormalisedView view, List<RuleHit> hits)
    {
        var text = view.Text.AsSpan();
        var runStart = -1;
        var runCount = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var words = 0;
        var firstWord = ReadOnlySpan<char>.Empty;
        var firstWordCount = 0;
        var end = 0;

        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = text[start..i];
            if (word.SequenceEqual("user") || word.SequenceEqual("url"))
            {
                // Several @mentions in a reply are not a flood.
                continue;
            }

            words++;
            if (words == 1)
            {
                firstWord = word;
            }

            if (word.SequenceEqual(firstWord))
            {
                firstWordCount++;
            }

            if (word.Length >= 2 && !IsLaughter(word) && word.SequenceEqual(previous))
            {
                runCount++;
                end = i;
            }
            else
            {
                if (runCount >= BackToBack)
                {
                    hits.Add(new RuleHit(RuleSignals.Spam, TextView.Canonical, runStart, end - runStart, 0.65, "repetition"));
                }

                runStart = start;
                runCount = 1;
                end = i;
            }

            previous = word;
        }

        if (runCount >= BackToBack)
        {
            hits.Add(new RuleHit(RuleSignals.Spam, TextView.Canonical, runStart, end - runStart, 0.65, "repetition"));
        }
        else if (words >= MinWordsForShare && firstWordCount * 2 > words && firstWord.Length >= 3 && !IsLaughter(firstWord))
        {
            hits.Add(new RuleHit(RuleSignals.Spam, TextView.Canonical, 0, view.Text.Length, 0.6, "repetition"));
        }
    }

    private static bool IsLaughter(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 != 0 && word.Length > 3)
        {
            word = word[..^1];
        }

        for (var i = 0; i + 1 < word.Length; i += 2)
        {
            var pair = word.Slice(i, 2);
            if (!pair.SequenceEqual("wk") && !pair.SequenceEqual("kw") && !pair.SequenceEqual("ha") && !pair.SequenceEqual("he")
                && !pair.SequenceEqual("hi") && !pair.SequenceEqual("hu") && !pair.SequenceEqual("xi") && !pair.SequenceEqual("ak"))
            {
                return false;
            }
        }

        return true;
    }
}
