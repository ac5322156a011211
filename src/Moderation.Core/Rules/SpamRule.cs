using System.Text.RegularExpressions;
using Moderation.Normalisation;
using Moderation.Rules.PersonalData;

namespace Moderation.Rules;

/// <summary>Site-etiquette spam: links with advertising, contact numbers with advertising, long runs of one character and
/// the same word over and over. A bare link is weak on its own (readers cite sources).</summary>
public sealed class SpamRule : IRule
{
    private const int LongRun = 8;
    private const int FloodRun = 15;

    private static readonly Regex Link = RulePattern.Create(
        @"https?://[^\s]+|www\.[^\s]+|\burl\b|(?<![@.\w-])[a-z0-9-]{2,}\.(?:com|net|org|xyz|site|online|vip|top|link|io|me|id|co|cc|ly|gl|asia|club|live|pro|shop|store|info|biz)\b(?:/[^\s]*)?");

    private static readonly Regex Advert = RulePattern.Words(
        "hubungi", "wa", "whatsapp", "order", "promo", "diskon", "jual", "dijual", "ready", "harga", "minat", "info lengkap", "klik",
        "murah", "gratis", "dapatkan", "penghasilan", "loker", "lowongan", "kerja dari rumah", "follow", "subscribe", "cek bio",
        "kunjungi", "daftar", "join", "gabung", "reseller", "dropship", "bisnis online", "bonus");

    private static readonly TriggerWords LinkTriggers = RulePattern.Triggers(
        "http", "www.", "url", ".com", ".net", ".org", ".xyz", ".site", ".online", ".vip", ".top", ".link", ".io", ".me", ".id", ".co",
        ".cc", ".ly", ".gl", ".asia", ".club", ".live", ".pro", ".shop", ".store", ".info", ".biz");

    private static readonly TriggerWords AdvertTriggers = RulePattern.Triggers(
        "hubungi", "wa", "whatsapp", "order", "promo", "diskon", "jual", "ready", "harga", "minat", "info", "klik", "murah", "gratis",
        "dapatkan", "penghasilan", "loker", "lowongan", "kerja dari rumah", "follow", "subscribe", "cek bio", "kunjungi", "daftar",
        "join", "gabung", "reseller", "dropship", "bisnis", "bonus");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var folded = text.Folded.Text;
        var linked = RulePattern.Mentions(folded, LinkTriggers);
        var numbered = RulePattern.HasDigit(folded);

        // Advertising only changes how a link or a number counts, so it is not looked for without one. A news link with one
        // selling word ("pertamina di jual URL") is not an ad; two or more are.
        var adverts = (linked || numbered) && RulePattern.Mentions(text, AdvertTriggers) ? AdvertWords(text.Canonical.Text) : 0;
        var advert = adverts > 0;
        if (linked)
        {
            RulePattern.AddMatches(Link, folded, TextView.Folded, RuleSignals.Spam, adverts >= 2 ? 0.75 : 0.55, hits, "link");
        }

        if (advert && numbered)
        {
            RulePattern.AddMatches(MobileNumber.Pattern, folded, TextView.Folded, RuleSignals.Spam, 0.8, hits, "ad");
        }

        AddCharacterRuns(folded, hits);
        RepeatedWords.Add(text.Canonical, hits);
    }

    private static int AdvertWords(string text)
    {
        var count = 0;
        try
        {
            foreach (var _ in Advert.EnumerateMatches(text))
            {
                count++;
            }
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
        }

        return count;
    }

    private static void AddCharacterRuns(string text, List<RuleHit> hits)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == text[start])
            {
                continue;
            }

            var run = i - start;
            if (run >= LongRun && !char.IsWhiteSpace(text[start]))
            {
                // Only letters and digits flood; a line of dots or dashes is decoration.
                var flood = run >= FloodRun && char.IsLetterOrDigit(text[start]);
                hits.Add(new RuleHit(RuleSignals.Spam, TextView.Folded, start, run, flood ? 0.65 : 0.4, "repetition"));
            }

            start = i;
        }
    }
}
