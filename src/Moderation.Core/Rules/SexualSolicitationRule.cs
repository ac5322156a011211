using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>Prostitution and sex-content offers (UU ITE Pasal 27 ayat (1)): "open BO", "vcs", "pijat plus", "tante girang",
/// "cari cewe". With a contact (number, WA, link) the offer is near-certain spam.</summary>
public sealed class SexualSolicitationRule : IRule
{
    private const string Gap = RulePattern.Gap;

    private static readonly Regex Offer = RulePattern.Create(
        $@"\b(?:open{Gap}?(?:bo|booking|bookingan|vcs)|ready{Gap}(?:bo|vcs|ons)|jasa{Gap}(?:bo|vcs|pijat{Gap}plus|esek)|vcs|video{Gap}call{Gap}sex|pijat{Gap}(?:plus{Gap}plus|plus|\+\+?|sensual|kebugaran{Gap}plus)|pijet{Gap}plus" +
        $@"|tante{Gap}girang|sugar{Gap}(?:daddy|mommy|baby)|bispak|bisyar|ayam{Gap}kampus|cewek{Gap}panggilan|cewe{Gap}panggilan|psk{Gap}online|jual{Gap}(?:video|vidio){Gap}(?:syur|bokep|mesum)|link{Gap}(?:bokep|vcs|video{Gap}syur)|bokep{Gap}(?:viral|terbaru|full)|ons{Gap}(?:area|dong|yuk))\b");

    // "cari cewe buat ons": seeking with a sexual purpose.
    private static readonly Regex SeekingFor = RulePattern.Create(
        $@"\b(?:cari|nyari|butuh|mencari){Gap}(?:cewe|cewek|cewk|cowo|cowok|pasangan|teman|temen|tante|janda){Gap}(?:(?:buat|untuk|utk){Gap})?(?:ons|kencan{Gap}semalam|tidur|ngamar|bo|vcs|fwb|having{Gap}fun|hs)\b");

    // "cari cewe" alone is also small talk ("susah cari cewe"): only with a contact is it solicitation.
    private static readonly Regex Seeking = RulePattern.Create($@"\b(?:cari|nyari|butuh){Gap}(?:cewe|cewek|cewk|cowo|cowok|tante|sugar{Gap}\p{{L}}+)\b");

    private static readonly Regex Contact = RulePattern.Create(
        $@"\b(?:wa|whatsapp|watsap|line|telegram|tele|dm|inbox|pm|hubungi|kontak|chat{Gap}aja|klik|cek{Gap}bio|link{Gap}di{Gap}bio|url)\b|(?<!\p{{N}})(?:\+?62|0)8\d{{8,11}}(?!\p{{N}})");

    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        "open", "ready", "jasa", "vcs", "video call", "pijat", "pijet", "tante", "sugar", "bispak", "bisyar", "ayam", "panggilan", "psk",
        "syur", "bokep", "mesum", "ons", "cari", "butuh", "link");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (!RulePattern.Mentions(text, Triggers))
        {
            return;
        }

        var first = hits.Count;
        var (offers, seeking) = MatchView(text.Canonical.Text, TextView.Canonical, hits);
        if (offers + seeking == 0 && text.Canonical.Text != text.Folded.Text)
        {
            (offers, seeking) = MatchView(text.Folded.Text, TextView.Folded, hits);
        }

        if (offers + seeking == 0)
        {
            return;
        }

        // An offer plus a way to reach the seller is the spam pattern moderators reject outright.
        var contacts = RulePattern.AddMatches(Contact, text.Folded.Text, TextView.Folded, RuleSignals.Sexual, 0, hits, "solicitation");
        var confidence = (offers > 0, contacts > 0) switch
        {
            (true, true) => 0.97,
            (true, false) => 0.9,
            (false, true) => 0.85,
            _ => 0.45,
        };

        for (var i = first; i < hits.Count; i++)
        {
            hits[i] = hits[i] with { Confidence = Math.Max(confidence, hits[i].Confidence) };
        }
    }

    private static (int Offers, int Seeking) MatchView(string text, TextView view, List<RuleHit> hits)
    {
        var offers = RulePattern.AddMatches(Offer, text, view, RuleSignals.Sexual, 0, hits, "solicitation");
        offers += RulePattern.AddMatches(SeekingFor, text, view, RuleSignals.Sexual, 0.8, hits, "solicitation");
        var seeking = RulePattern.AddMatches(Seeking, text, view, RuleSignals.Sexual, 0, hits, "solicitation");
        return (offers, seeking);
    }
}
