using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Moderation.Training.Corpora;

/// <summary>Undoes the export damage in the training corpora. Applied when a corpus is loaded, never in the production
/// normaliser: live comments do not carry these artefacts.</summary>
public static partial class CorpusRepair
{
    /// <summary>UTF-8 that drops broken sequences instead of inserting U+FFFD.</summary>
    public static readonly Encoding LenientUtf8 =
        Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback(string.Empty));

    /// <summary>Reads a file that is meant to be UTF-8 but is not valid UTF-8. Latin-1 maps each byte to one char, so
    /// "decode Latin-1, re-encode, decode UTF-8" is the same as decoding the raw bytes leniently.</summary>
    public static string ReadLenient(string path) => LenientUtf8.GetString(File.ReadAllBytes(path));

    /// <summary>Repairs one tweet of the hate-speech corpus: literal \n, literal \xNN emoji escapes, a leading RT,
    /// escapes cut short where the tweet was truncated, the stray trailing quote of a bytes export, and HTML entities.</summary>
    public static string RepairTweet(string tweet)
    {
        var text = ByteEscape().Replace(tweet, match =>
        {
            var captures = match.Groups[1].Captures;
            var bytes = new byte[captures.Count];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = Convert.ToByte(captures[i].Value, 16);
            }

            return " " + LenientUtf8.GetString(bytes) + " ";
        });
        text = LiteralEscape().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = LeadingRetweet().Replace(text, string.Empty);
        text = text.Trim();
        if (text.EndsWith('\''))
        {
            text = text[..^1];
        }

        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Repairs one comment of the gambling corpus: the plane bits (see <see cref="RepairPlaneBits"/>) and
    /// HTML entities left by the scrape (&amp;gt;DOISLOT&amp;lt;).</summary>
    public static string RepairComment(string comment) => WebUtility.HtmlDecode(RepairPlaneBits(comment));

    /// <summary>Mathematical letters and digits that lost their plane bit (U+D400-U+D7FF for U+1D400-U+1D7FF) and emoji
    /// that did (U+F300-U+F9FF for U+1F300-U+1F9FF) get it back.</summary>
    public static string RepairPlaneBits(string comment)
    {
        StringBuilder? repaired = null;
        for (var i = 0; i < comment.Length; i++)
        {
            var c = comment[i];
            var lost = c is >= '\uD400' and <= '\uD7FF' or >= '\uF300' and <= '\uF9FF';
            if (!lost)
            {
                repaired?.Append(c);
                continue;
            }

            repaired ??= new StringBuilder(comment.Length + 8).Append(comment, 0, i);
            repaired.Append(char.ConvertFromUtf32(0x10000 + c));
        }

        return repaired?.ToString() ?? comment;
    }

    /// <summary>A key under which copies of one text meet, so a split keeps duplicates together.</summary>
    public static string DuplicateKey(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Replace("USER", string.Empty, StringComparison.Ordinal).Replace("URL", string.Empty, StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"(?:\\x([0-9a-fA-F]{2}))+")]
    private static partial Regex ByteEscape();

    [GeneratedRegex(@"\\[nrt]|\\x[0-9a-fA-F]?")]
    private static partial Regex LiteralEscape();

    [GeneratedRegex(@"^\s*RT\b:?\s*")]
    private static partial Regex LeadingRetweet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
