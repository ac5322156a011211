using System.Text.RegularExpressions;

namespace Moderation.Normalisation;

/// <summary>Replaces @mentions by <c>user</c> and links by <c>url</c>, as the training corpora did; e-mail addresses stay.</summary>
/// <remarks>
/// Which links: anything with a scheme or starting with www., and bare domains only with a TLD from a short list
/// (com, net, org, id, xyz, ...), so "pak.menteri" or "rp.50" are never taken for links. A gambling brand would vanish
/// into <c>url</c> (naga88.com), so when the site's own name mixes letters and digits it is kept in front:
/// "naga88.com/daftar" becomes "naga88 url". Brand rules and the model still see the brand, and <c>url</c> still marks the link.
/// E-mail addresses are kept because the personal-data rule must see them.
/// </remarks>
internal static partial class LinkMasking
{
    private const string Tld = "com|net|org|info|biz|xyz|site|online|top|vip|club|link|live|app|asia|io|ly|cc|gg|id|me|tv";
    private const string PathTail = @"(?:/[^\s]*[^\s.,!?;:)\]""'])?";

    // Linear by construction, so no match timeout (a timeout fired under CPU load and silently skipped masking):
    // every alternative starts at a fixed prefix or at a position a lookbehind has pinned to the start of a run,
    // and its repeated parts are separated by a char the next part cannot match ("@", ".").
    private const string Expression =
        @"(?<email>(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,})" +
        @"|(?<link>(?:(?:https?|ftp)://|www\.)[^\s]*[^\s.,!?;:)\]""'])" +
        @"|(?<mention>(?<![a-z0-9_])@[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?)" +
        @"|(?<domain>(?<![a-z0-9@._\-/])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:" + Tld + ")(?![a-z0-9\\-])" + PathTail + ")";

    [GeneratedRegex(Expression, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex Pattern();

    public static void Mask(MappedTextBuilder folded, string foldedText, MappedTextBuilder output)
    {
        var copied = 0;
        foreach (Match match in MayHold(foldedText) ? Pattern().Matches(foldedText) : Enumerable.Empty<Match>())
        {
            if (match.Groups["email"].Success)
            {
                continue;
            }

            for (; copied < match.Index; copied++)
            {
                output.AppendFrom(folded, copied);
            }

            var start = folded.StartAt(match.Index);
            var end = folded.EndAt(match.Index + match.Length - 1);
            if (match.Groups["mention"].Success)
            {
                output.Append("user", start, end);
            }
            else
            {
                AppendBrand(folded, foldedText, match.Index, match.Length, output);
                output.Append("url", start, end);
            }

            copied = match.Index + match.Length;
        }

        for (; copied < folded.Length; copied++)
        {
            output.AppendFrom(folded, copied);
        }
    }

    /// <summary>False only for texts without an e-mail address, a link or a mention: each needs an "@", the ":" of "://", or a
    /// dot with something other than a space after it. Most comments have none, and the pattern would be tried at every letter.</summary>
    internal static bool MayHold(string text)
    {
        if (text.AsSpan().IndexOfAny('@', ':') >= 0)
        {
            return true;
        }

        for (var dot = text.IndexOf('.'); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            if (text[dot + 1] != ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendBrand(MappedTextBuilder folded, string text, int index, int length, MappedTextBuilder output)
    {
        var link = text.AsSpan(index, length);
        var hostStart = link.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : 0;
        if (link[hostStart..].StartsWith("www.", StringComparison.Ordinal))
        {
            hostStart += 4;
        }

        var host = link[hostStart..];
        var hostEnd = host.IndexOfAny('/', ':', '?');
        host = hostEnd >= 0 ? host[..hostEnd] : host;
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return;
        }

        // The site's own name is the label before the TLD (or before co/ac/go/or/my/web/sch in .co.id and friends).
        var labelEnd = lastDot;
        var labelStart = host[..labelEnd].LastIndexOf('.') + 1;
        if (labelStart > 0 && host[labelStart..labelEnd] is "co" or "ac" or "go" or "or" or "my" or "web" or "sch")
        {
            labelEnd = labelStart - 1;
            labelStart = host[..labelEnd].LastIndexOf('.') + 1;
        }

        var label = host[labelStart..labelEnd];
        if (label.IndexOfAnyInRange('0', '9') < 0 || label.IndexOfAnyInRange('a', 'z') < 0)
        {
            return;
        }

        var from = index + hostStart + labelStart;
        for (var k = 0; k < label.Length; k++)
        {
            output.AppendFrom(folded, from + k);
        }

        output.Append(' ', folded.StartAt(index), folded.EndAt(index + length - 1));
    }
}
