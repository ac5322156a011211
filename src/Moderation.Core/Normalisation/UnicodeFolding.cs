using System.Globalization;

namespace Moderation.Normalisation;

/// <summary>Undoes the Unicode tricks of a comment char by char, keeping the original span of every output char.</summary>
internal static class UnicodeFolding
{
    /// <summary>Writes the folded, lower-case form of <paramref name="original"/>: compatibility forms and look-alikes
    /// become Latin letters, combining marks, zero-width, bidi and other format or control chars vanish,
    /// whitespace runs become one space.</summary>
    public static void Fold(string original, MappedTextBuilder output)
    {
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c < 0x80)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
                {
                    output.AppendSpace(i, i + 1);
                }
                else if (c == '\\' && TryReadEscape(original, i, out var codePoint, out var length))
                {
                    AppendCodePoint(codePoint, i, i + length, output);
                    i += length - 1;
                }
                else if (c == '&' && TryReadEntity(original, i, out var entity, out var entityLength))
                {
                    AppendCodePoint(entity, i, i + entityLength, output);
                    i += entityLength - 1;
                }
                else if (c >= 0x20 && c != 0x7F)
                {
                    output.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, i, i + 1);
                }

                continue;
            }

            if (c is >= (char)0xD400 and <= (char)0xD7FF && PlaneStrippedRunEnd(original, i) is var runEnd and > 0)
            {
                for (; i < runEnd; i++)
                {
                    AppendCodePoint(original[i] + 0x10000, i, i + 1, output);
                }

                i--;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                AppendCodePoint(char.ConvertToUtf32(c, original[i + 1]), i, i + 2, output);
                i++;
            }
            else if (!char.IsSurrogate(c))
            {
                // A lone surrogate is dropped: it cannot be shown and would break every consumer downstream.
                AppendCodePoint(c, i, i + 1, output);
            }
        }

        output.TrimEndSpace();
    }

    /// <summary>Reads a literal "\\n", "\\t", "\\r" or a UTF-8 sequence written as "\\xf0\\x9f\\x98\\x82".</summary>
    /// <remarks>The hate-speech corpus stores line breaks and emoji this way; decoding them here makes training text
    /// look like live text, where the reader typed a real line break or emoji.</remarks>
    private static bool TryReadEscape(string text, int at, out int codePoint, out int length)
    {
        codePoint = 0;
        length = 0;
        if (at + 1 >= text.Length)
        {
            return false;
        }

        if (text[at + 1] is 'n' or 't' or 'r')
        {
            codePoint = ' ';
            length = 2;
            return true;
        }

        if (!TryReadByte(text, at, out var lead))
        {
            return false;
        }

        var count = lead switch { < 0x80 => 1, >= 0xC2 and < 0xE0 => 2, >= 0xE0 and < 0xF0 => 3, >= 0xF0 and < 0xF5 => 4, _ => 0 };
        if (count == 0)
        {
            return false;
        }

        codePoint = count == 1 ? lead : lead & (0x7F >> count);
        for (var k = 1; k < count; k++)
        {
            if (!TryReadByte(text, at + 4 * k, out var next) || (next & 0xC0) != 0x80)
            {
                return false;
            }

            codePoint = (codePoint << 6) | (next & 0x3F);
        }

        length = 4 * count;
        return codePoint is < 0xD800 or (> 0xDFFF and <= 0x10FFFF);
    }

    private static bool TryReadByte(string text, int at, out int value)
    {
        value = 0;
        if (at + 3 >= text.Length || text[at] != '\\' || text[at + 1] != 'x'
            || !char.IsAsciiHexDigit(text[at + 2]) || !char.IsAsciiHexDigit(text[at + 3]))
        {
            return false;
        }

        value = int.Parse(text.AsSpan(at + 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Reads the HTML entities that scraped comments carry (&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;).</summary>
    private static bool TryReadEntity(string text, int at, out int codePoint, out int length)
    {
        var rest = text.AsSpan(at, Math.Min(6, text.Length - at));
        (codePoint, length) = rest switch
        {
            _ when rest.StartsWith("&amp;") => ('&', 5),
            _ when rest.StartsWith("&lt;") => ('<', 4),
            _ when rest.StartsWith("&gt;") => ('>', 4),
            _ when rest.StartsWith("&quot;") => ('"', 6),
            _ when rest.StartsWith("&#39;") => ('\'', 5),
            _ when rest.StartsWith("&nbsp;") => (' ', 6),
            _ => (0, 0),
        };
        return length > 0;
    }

    /// <summary>Where a run of mathematical letters that lost their plane ends, or 0 if <paramref name="at"/> starts none.</summary>
    /// <remarks>Part of the scraped gambling corpus stores 𝐀𝐋𝐄𝐗𝐈𝐒 (U+1D400...) as 퐀퐋퐄퐗퐈퐒 (U+D400...): the top bit of the
    /// code point was dropped. Those code points are real Hangul syllables, so only a run of three or more of them with no
    /// other Hangul syllable on either side, and not one syllable repeated, is read as letters; Korean words mix in
    /// syllables outside this range.</remarks>
    private static int PlaneStrippedRunEnd(string text, int at)
    {
        if (at > 0 && IsHangulSyllable(text[at - 1]))
        {
            return 0;
        }

        var end = at;
        while (end < text.Length && text[end] is >= (char)0xD400 and <= (char)0xD7FF)
        {
            end++;
        }

        // Three different chars at least, so Korean laughter ("하하하") stays Korean.
        var run = text.AsSpan(at, end - at);
        var distinct = run.Length >= 3 && run.IndexOfAnyExcept(run[0]) is var second and > 0
            && run[(second + 1)..].IndexOfAnyExcept(run[0], run[second]) >= 0;
        return distinct && (end == text.Length || !IsHangulSyllable(text[end])) ? end : 0;
    }

    private static bool IsHangulSyllable(char c) => c is >= (char)0xAC00 and <= (char)0xD7A3;

    private static void AppendCodePoint(int codePoint, int start, int end, MappedTextBuilder output)
    {
        if (LookAlikes.TryGet(codePoint, out var latin))
        {
            output.Append(latin, start, end);
            return;
        }

        if (CompatibilityTable.TryGet(codePoint, out var folded))
        {
            foreach (var f in folded)
            {
                output.Append(LookAlikes.TryGet(f, out var l) ? l : char.ToLowerInvariant(f), start, end);
            }

            return;
        }

        if (codePoint <= 0xFFFF && char.IsWhiteSpace((char)codePoint))
        {
            output.AppendSpace(start, end);
            return;
        }

        if (IsInvisible(codePoint))
        {
            return;
        }

        if (codePoint <= 0xFFFF)
        {
            output.Append(char.ToLowerInvariant((char)codePoint), start, end);
        }
        else
        {
            // Both halves of a surrogate pair map to the whole pair.
            output.Append(char.ConvertFromUtf32(codePoint), start, end);
        }
    }

    private static bool IsInvisible(int codePoint)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            // Marks go because look-alike letters arrive decomposed or stacked with marks (Zalgo text);
            // format chars cover zero-width space/joiners, soft hyphen, word joiner, BOM and all bidi controls.
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.Control:
                return true;
        }

        // Letters and symbols that render as blank and are used to pad or split words.
        return codePoint is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;
    }
}
