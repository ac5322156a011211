namespace Moderation.Normalisation;

/// <summary>Resolves one word of a comment to the plain word its writer meant: slang, reduplication ("anak2"),
/// laughter, masks ("anj*ng"), leetspeak ("b4ngs4t") and stretched letters ("bangeeettt").</summary>
/// <remarks>Not thread-safe: it owns scratch buffers; one per thread, reused from call to call.</remarks>
internal sealed class WordResolver
{
    private readonly MappedTextBuilder _plain = new(32);
    private readonly MappedTextBuilder _part = new(32);
    private readonly MappedTextBuilder _single = new(32);

    /// <summary>Writes the resolved form of <paramref name="word"/> into <paramref name="result"/> (cleared first);
    /// parts joined by hyphens ("anak-anak") are resolved one by one.</summary>
    public void Resolve(MappedTextBuilder word, MappedTextBuilder result)
    {
        result.Clear();
        var from = 0;
        for (var k = 0; k <= word.Length; k++)
        {
            if (k < word.Length && word[k] != '-')
            {
                continue;
            }

            ResolvePart(word, from, k, _part, allowSlang: from == 0 && k == word.Length);
            if (_part.Length > 0)
            {
                if (result.Length > 0)
                {
                    result.AppendFrom(word, from - 1);
                }

                for (var p = 0; p < _part.Length; p++)
                {
                    result.AppendFrom(_part, p);
                }
            }

            from = k + 1;
        }
    }

    /// <param name="allowSlang">False for the parts of a hyphenated word: "hr-v" is a car, not "hari-v".</param>
    private void ResolvePart(MappedTextBuilder word, int from, int to, MappedTextBuilder result, bool allowSlang)
    {
        result.Clear();
        var span = word.Span(from, to - from);
        if (span.IndexOfAnyExcept(MaskChars) < 0)
        {
            return;
        }

        var start = word.StartAt(from);
        var end = word.EndAt(to - 1);
        if (allowSlang && SlangDictionary.Lookup.TryGetValue(span, out var formal))
        {
            result.Append(formal, start, end);
            return;
        }

        if (span.Length >= 3 && span[^1] == '2' && IsAllLetters(span[..^1]) && (from == 0 || word[from - 1] != '#'))
        {
            // "anak2" is how Indonesians write the reduplicated "anak-anak"; the copy maps to the "2".
            // Not in hashtags, where a trailing 2 is a number (#gusipul2).
            ResolvePart(word, from, to - 1, result, allowSlang);
            var stem = result.Length;
            result.Append('-', word.StartAt(to - 1), end);
            for (var k = 0; k < stem; k++)
            {
                result.Append(result[k], word.StartAt(to - 1), end);
            }

            return;
        }

        if (TrySplitReduplicatedSuffix(span, out var two) && (from == 0 || word[from - 1] != '#'))
        {
            // "sok2an", "laki2nya": the stem doubled, then the suffix ("sok-sokan", "laki-lakinya").
            ResolvePart(word, from, from + two + 1, result, allowSlang: false);
            for (var k = from + two + 1; k < to; k++)
            {
                result.AppendFrom(word, k);
            }

            return;
        }

        if (IsLaughter(span))
        {
            // "wkwkwkwkwk" and "hahahaha" carry the same signal at any length; keep two beats.
            for (var k = 0; k < 3; k++)
            {
                result.AppendFrom(word, from + k);
            }

            result.Append(span[3], word.StartAt(from + 3), end);
            return;
        }

        if (span.IndexOfAny(MaskChars) >= 0)
        {
            if (AbusiveWords.TryUnmask(span, out var unmasked))
            {
                result.Append(unmasked, start, end);
                return;
            }

            var lead = span.IndexOfAnyExcept(MaskChars);
            var trail = span.LastIndexOfAnyExcept(MaskChars);
            if (lead > 0 || trail < span.Length - 1)
            {
                ResolvePart(word, from + lead, from + trail + 1, result, allowSlang);
                return;
            }
        }

        if (span.IndexOfAny(LeetChars) >= 0 && span.IndexOfAnyExcept(LeetChars) >= 0 && HasLetter(span))
        {
            // Read every digit as a letter first; accept only if that yields a known word (t41 -> tai, 4njing -> anjing).
            _plain.Clear();
            for (var k = from; k < to; k++)
            {
                _plain.Append(Leetspeak.ToLetter(word[k]), word.StartAt(k), word.EndAt(k));
            }

            // No shortening here: "slot77" would read "slottt" and shorten to the known "slot", losing the brand.
            if (_plain.Length >= 3 && Lexicon.Lookup.Contains(_plain.Span(0, _plain.Length)))
            {
                CopyInto(_plain, result);
                ReplaceSlang(result, allowSlang);
                return;
            }

            // Otherwise only a lone digit between two letters is a letter (k0nt0l, b4ngs4t); leading and trailing
            // digits stay, so prices, sizes and brands keep their numbers (10rb, 4d, naga88).
            _plain.Clear();
            for (var k = from; k < to; k++)
            {
                var c = word[k];
                var inner = k > from && k + 1 < to && char.IsLetter(word[k - 1]) && char.IsLetter(word[k + 1])
                    && !(c == '4' && word[k + 1] == 'd' && k + 2 == to); // "4D" is lottery jargon: ambil4d, mona4d
                _plain.Append(inner ? Leetspeak.ToLetter(c) : c, word.StartAt(k), word.EndAt(k));
            }
        }
        else
        {
            _plain.Clear();
            for (var k = from; k < to; k++)
            {
                _plain.AppendFrom(word, k);
            }
        }

        Collapse(_plain, result);
        ReplaceSlang(result, allowSlang);
    }

    private static void CopyInto(MappedTextBuilder source, MappedTextBuilder result)
    {
        result.Clear();
        for (var k = 0; k < source.Length; k++)
        {
            result.AppendFrom(source, k);
        }
    }

    /// <summary>Replaces a slang word by its formal form, and a truncated abusive spelling ("gblk", "bgst") by the word.</summary>
    private static void ReplaceSlang(MappedTextBuilder result, bool allowSlang)
    {
        if (allowSlang && result.Length > 0
            && (SlangDictionary.Lookup.TryGetValue(result.Span(0, result.Length), out var formal)
                || AbusiveWords.Spellings.TryGetValue(result.Span(0, result.Length), out formal)))
        {
            var start = result.StartAt(0);
            var end = result.EndAt(result.Length - 1);
            result.Clear();
            result.Append(formal, start, end);
        }
    }

    /// <summary>Shortens runs of three or more identical letters: to two if that is a known word ("maaaaf" -> "maaf"),
    /// else to one ("bangeeettt" -> "banget"). Doubles are shortened too, but only when that makes a known word of an
    /// unknown one ("goblokk" -> "goblok", "taeekkkkk" -> "taek"), so "tinggal" and "saat" keep theirs.</summary>
    private void Collapse(MappedTextBuilder source, MappedTextBuilder result)
    {
        CollapseRuns(source, result, 2, out var changed);
        if ((!changed && !HasDoubleLetter(result)) || Lexicon.Lookup.Contains(result.Span(0, result.Length)))
        {
            return;
        }

        if (changed)
        {
            CollapseRuns(source, result, 1, out _);
            if (Lexicon.Lookup.Contains(result.Span(0, result.Length)))
            {
                return;
            }
        }

        CollapseRuns(source, _single, 1, out var doubled, shortest: 2);
        if (doubled && Lexicon.Lookup.Contains(_single.Span(0, _single.Length)))
        {
            CopyInto(_single, result);
        }
    }

    /// <param name="shortest">The shortest run that is shortened: 3 keeps doubles, 2 shortens them as well.</param>
    private static void CollapseRuns(MappedTextBuilder source, MappedTextBuilder result, int keep, out bool changed, int shortest = 3)
    {
        result.Clear();
        changed = false;
        for (var i = 0; i < source.Length;)
        {
            var j = i + 1;
            while (j < source.Length && source[j] == source[i])
            {
                j++;
            }

            if (j - i >= shortest && char.IsLetter(source[i]))
            {
                changed = true;
                for (var k = 0; k < keep; k++)
                {
                    result.Append(source[i], source.StartAt(i), source.EndAt(j - 1));
                }
            }
            else
            {
                for (var k = i; k < j; k++)
                {
                    result.AppendFrom(source, k);
                }
            }

            i = j;
        }
    }

    private static bool HasDoubleLetter(MappedTextBuilder text)
    {
        for (var k = 1; k < text.Length; k++)
        {
            if (text[k] == text[k - 1] && char.IsLetter(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TrySplitReduplicatedSuffix(ReadOnlySpan<char> span, out int two)
    {
        two = span.IndexOf('2');
        if (two < 2 || !IsAllLetters(span[..two]))
        {
            return false;
        }

        return span[(two + 1)..] is "an" or "nya" or "kan" or "in" or "lah" or "annya" or "kannya";
    }

    private static bool IsLaughter(ReadOnlySpan<char> span)
    {
        // Six letters at least: "kakak" (older sibling) alternates too.
        if (span.Length < 6 || span[0] == span[1] || !IsAllLetters(span))
        {
            return false;
        }

        for (var k = 2; k < span.Length; k++)
        {
            if (span[k] != span[k % 2])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private const string MaskChars = AbusiveWords.MaskChars;
    private const string LeetChars = Leetspeak.Chars;
}
