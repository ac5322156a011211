using Moderation.Normalisation;

namespace Moderation.Rules.Gambling;

/// <summary>Online-gambling promotion (UU ITE Pasal 27 ayat (2)): several jargon words, or a brand-with-digits name with jargon,
/// is near-certain promotion; a single word ("slot parkir") is not, nor are words that are also ordinary banking or computing
/// words ("deposit", "withdraw", "slot RAM") without a brand or a clearer gambling word beside them. Opposition to gambling does
/// not count as promotion.</summary>
public sealed class GamblingPromotionRule : IRule
{
    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        // A brand needs digits, so without digits only the jargon can match.
        if (!RulePattern.Mentions(text, GamblingLexicon.Triggers) && !RulePattern.HasDigit(text.Folded.Text))
        {
            return;
        }

        var canonical = text.Canonical.Text;
        var folded = text.Folded.Text;
        var first = hits.Count;

        // Each pattern runs only where its literal needs are present: digits alone (a price, a score) reach none of them.
        RulePattern.AddMatches(GamblingLexicon.Jargon, canonical, TextView.Canonical, RuleSignals.Gambling, 0, hits, "jargon");
        if (canonical != folded)
        {
            RulePattern.AddMatches(GamblingLexicon.Jargon, folded, TextView.Folded, RuleSignals.Gambling, 0, hits, "jargon");
        }

        var brands = RulePattern.AddMatches(GamblingLexicon.Brand, folded, TextView.Folded, RuleSignals.Gambling, 0, hits, "brand");
        var weakBrands = brands > 0 ? 0 : WeakBrands(folded, TextView.Folded, hits) + WeakBrands(canonical, TextView.Canonical, hits);
        if (hits.Count == first)
        {
            return;
        }

        var (jargon, ordinary) = DistinctJargon(text, hits, first);
        var promoted = RulePattern.IsMatch(GamblingLexicon.Promotion, canonical) || (folded != canonical && RulePattern.IsMatch(GamblingLexicon.Promotion, folded));
        var linked = RulePattern.IsMatch(GamblingLexicon.Link, folded);

        // A plain link is how an anti-gambling comment cites the news; only a brand or a link to a site named like one
        // promotes through the opposition.
        var opposed = RulePattern.IsMatch(GamblingLexicon.Opposition, canonical) && !RulePattern.IsMatch(GamblingLexicon.NumberedSiteLink, folded);

        var confidence = Confidence(jargon, ordinary, brands > 0, weakBrands > 0, promoted, linked, opposed);
        for (var i = first; i < hits.Count; i++)
        {
            hits[i] = hits[i] with { Confidence = confidence, Kind = "promotion" };
        }
    }

    private static int WeakBrands(string text, TextView view, List<RuleHit> hits) =>
        RulePattern.AddMatches(GamblingLexicon.WeakBrand, text, view, RuleSignals.Gambling, 0, hits, "brand");

    /// <param name="jargon">Distinct jargon words that are gambling words only (gacor, maxwin, wd).</param>
    /// <param name="ordinary">Distinct jargon words that are also ordinary words (<see cref="GamblingLexicon.OrdinaryJargon"/>).</param>
    internal static double Confidence(int jargon, int ordinary, bool brand, bool weakBrand, bool promoted, bool linked, bool opposed)
    {
        if (opposed && !brand)
        {
            return 0.3;
        }

        // Ordinary words count as jargon only beside a brand or a gambling-only word; a brand with one of them alone is
        // flagged, not rejected ("Erwin10 bilang slot kosong").
        var words = jargon + (jargon > 0 || brand ? ordinary : 0);
        if (words >= 3 || (brand && (jargon >= 1 || words >= 2)) || (jargon >= 1 && words >= 2 && (promoted || linked)))
        {
            return 0.97;
        }

        if (words == 2 || (brand && (words == 1 || promoted || linked)) || (jargon == 1 && linked) || (weakBrand && jargon >= 1) || ordinary >= 3)
        {
            return 0.8;
        }

        if ((jargon == 1 && promoted) || (ordinary >= 2 && (promoted || linked)))
        {
            return 0.65;
        }

        return brand || weakBrand ? 0.45 : 0.35;
    }

    private static (int Jargon, int Ordinary) DistinctJargon(NormalisedText text, List<RuleHit> hits, int first)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < hits.Count; i++)
        {
            if (hits[i].Kind != "jargon")
            {
                continue;
            }

            var view = hits[i].View == TextView.Canonical ? text.Canonical.Text : text.Folded.Text;
            terms.Add(Squash(view.AsSpan(hits[i].Start, hits[i].Length)));
        }

        var ordinary = terms.Count(GamblingLexicon.OrdinaryJargon.Contains);
        return (terms.Count - ordinary, ordinary);
    }

    // "max win" and "maxwin" are one term.
    private static string Squash(ReadOnlySpan<char> term)
    {
        Span<char> buffer = stackalloc char[term.Length];
        var n = 0;
        foreach (var c in term)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
