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

            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
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
