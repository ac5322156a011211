namespace Moderation.Normalisation;

/// <summary>Resolves one word of a comment to the plain word its writer meant: slang, reduplication ("anak2"),
/// laughter, masks ("anj*ng"), leetspeak ("b4ngs4t") and stretched letters ("bangeeettt").</summary>
/// <remarks>Not thread-safe: it owns scratch buffers; <see cref="TextNormaliser"/> makes one per call.</remarks>
internal sealed class WordResolver
{
    private readonly MappedTextBuilder _plain = new(32);
    private readonly MappedTextBuilder _part = new(32);

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

            ResolvePart(word, from, k, _part);
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

    private void ResolvePart(MappedTextBuilder word, int from, int to, MappedTextBuilder result)
    {
        result.Clear();
        var span = word.Span(from, to - from);
        if (span.IndexOfAnyExcept(MaskChars) < 0)
        {
            return;
        }

        var start = word.StartAt(from);
        var end = word.EndAt(to - 1);
        if (SlangDictionary.Lookup.TryGetValue(span, out var formal))
        {
            result.Append(formal, start, end);
            return;
        }

        if (span.Length >= 3 && span[^1] == '2' && IsAllLetters(span[..^1]))
        {
            // "anak2" is how Indonesians write the reduplicated "anak-anak"; the copy maps to the "2".
            ResolvePart(word, from, to - 1, result);
            var stem = result.Length;
            result.Append('-', word.StartAt(to - 1), end);
            for (var k = 0; k < stem; k++)
            {
                result.Append(result[k], word.StartAt(to - 1), end);
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
            if (TryUnmask(span, out var unmasked))
            {
                result.Append(unmasked, start, end);
                return;
            }

            var lead = span.IndexOfAnyExcept(MaskChars);
            var trail = span.LastIndexOfAnyExcept(MaskChars);
            if (lead > 0 || trail < span.Length - 1)
            {
                ResolvePart(word, from + lead, from + trail + 1, result);
                return;
            }
        }

        if (span.IndexOfAny(LeetChars) >= 0 && span.IndexOfAnyExcept(LeetChars) >= 0 && HasLetter(span))
        {
            // Read every digit as a letter first; accept only if that yields a known word (t41 -> tai, 4njing -> anjing).
            _plain.Clear();
            for (var k = from; k < to; k++)
            {
                _plain.Append(Deleet(word[k]), word.StartAt(k), word.EndAt(k));
            }

            Collapse(_plain, result);
            if (result.Length >= 3 && Lexicon.Lookup.Contains(result.Span(0, result.Length)))
            {
                ReplaceSlang(result);
                return;
            }

            // Otherwise only a lone digit between two letters is a letter (k0nt0l, b4ngs4t); leading and trailing
            // digits stay, so prices, sizes and brands keep their numbers (10rb, 4d, naga88).
            _plain.Clear();
            for (var k = from; k < to; k++)
            {
                var c = word[k];
                var inner = k > from && k + 1 < to && char.IsLetter(word[k - 1]) && char.IsLetter(word[k + 1]);
                _plain.Append(inner ? Deleet(c) : c, word.StartAt(k), word.EndAt(k));
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
        ReplaceSlang(result);
    }

    private static void ReplaceSlang(MappedTextBuilder result)
    {
        if (result.Length > 0 && SlangDictionary.Lookup.TryGetValue(result.Span(0, result.Length), out var formal))
        {
            var start = result.StartAt(0);
            var end = result.EndAt(result.Length - 1);
            result.Clear();
            result.Append(formal, start, end);
        }
    }

    /// <summary>Shortens runs of three or more identical letters: to two if that is a known word ("maaaaf" -> "maaf"),
    /// else to one ("bangeeettt" -> "banget"). Doubles are never touched.</summary>
    private static void Collapse(MappedTextBuilder source, MappedTextBuilder result)
    {
        CollapseRuns(source, result, 2, out var changed);
        if (changed && !Lexicon.Lookup.Contains(result.Span(0, result.Length)))
        {
            CollapseRuns(source, result, 1, out _);
        }
    }

    private static void CollapseRuns(MappedTextBuilder source, MappedTextBuilder result, int keep, out bool changed)
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

            if (j - i >= 3 && char.IsLetter(source[i]))
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

    private static bool TryUnmask(ReadOnlySpan<char> span, out string word)
    {
        foreach (var candidate in AbusiveWords.All)
        {
            if (candidate.Length != span.Length)
            {
                continue;
            }

            var seen = 0;
            var k = 0;
            for (; k < span.Length; k++)
            {
                if (MaskChars.Contains(span[k]))
                {
                    continue;
                }

                if (Deleet(span[k]) != candidate[k])
                {
                    break;
                }

                seen++;
            }

            // Two visible letters at least, so "***" or "k****" is not read as any word that happens to fit.
            if (k == span.Length && seen >= 2 && seen < span.Length)
            {
                word = candidate;
                return true;
            }
        }

        word = "";
        return false;
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

    private static char Deleet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '6' => 'g',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        _ => c,
    };

    private const string MaskChars = "*_#";
    private const string LeetChars = "013456789@$";
}
