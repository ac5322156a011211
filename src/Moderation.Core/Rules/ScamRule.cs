using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>Consumer-fraud lures (UU ITE Pasal 28 ayat (1)): fake prizes, easy loans, investments with guaranteed profit.
/// With a contact or link the lure is stronger; still only ever flagged for a human.</summary>
public sealed class ScamRule : IRule
{
    private const string Gap = RulePattern.Gap;

    private static readonly Regex Lure = RulePattern.Create(
        $@"\bselamat{Gap}(?:anda|kamu){Gap}(?:mendapatkan|memenangkan|terpilih{Gap}(?:mendapatkan|mendapat|dapat|sebagai{Gap}pemenang|menjadi{Gap}pemenang))\b|\b(?:klaim|ambil){Gap}hadiah(?:nya|mu)?\b|\bpemenang{Gap}(?:undian|giveaway)\b|\bgiveaway{Gap}(?:saldo|uang|iphone|hp|pulsa)\b" +
        $@"|\bpinjaman{Gap}(?:dana|online|tunai|uang){Gap}(?:cepat|cair|tanpa{Gap}(?:jaminan|bi{Gap}checking|survei))|\bpinjol{Gap}(?:cepat|cair|legal|tanpa)|\bdana{Gap}cair{Gap}(?:dalam|cepat|hari)" +
        $@"|\b(?:profit|untung|keuntungan|return){Gap}\d{{1,3}}{Gap}?(?:%|persen){Gap}(?:per{Gap})?(?:hari|harian|minggu|sehari|seminggu|perhari)\b|\b(?:dijamin|pasti|100{Gap}?%){Gap}(?:untung|profit|cuan|balik{Gap}modal)\b" +
        $@"|\bmodal{Gap}\d+(?:{Gap}?(?:rb|ribu|k|jt|juta))?{Gap}(?:jadi|dapat|dapet|untung|profit){Gap}\d+|\bpenghasilan{Gap}(?:jutaan|\d+{Gap}?(?:jt|juta)){Gap}(?:per|sehari|perhari|seminggu)|\bkerja{Gap}dari{Gap}rumah{Gap}(?:gaji|penghasilan|dibayar)\b");

    private static readonly Regex Contact = RulePattern.Create(
        @"\b(?:wa|whatsapp|telegram|dm|inbox|hubungi|klik|link|url|cek bio)\b|(?<!\p{N})(?:\+?62|0)8\d{8,11}(?!\p{N})|https?://|www\.");

    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        "selamat", "hadiah", "pemenang", "giveaway", "pinjaman", "pinjol", "cair", "profit", "untung", "return", "dijamin", "pasti",
        "100", "modal", "penghasilan", "kerja dari rumah");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (!RulePattern.Mentions(text, Triggers))
        {
            return;
        }

        var first = hits.Count;
        var lures = RulePattern.AddMatches(Lure, text.Canonical.Text, TextView.Canonical, RuleSignals.Scam, 0.6, hits, "lure");
        if (lures == 0 && text.Canonical.Text != text.Folded.Text)
        {
            lures = RulePattern.AddMatches(Lure, text.Folded.Text, TextView.Folded, RuleSignals.Scam, 0.6, hits, "lure");
        }

        if (lures > 0 && RulePattern.IsMatch(Contact, text.Folded.Text))
        {
            for (var i = first; i < hits.Count; i++)
            {
                hits[i] = hits[i] with { Confidence = 0.85 };
            }
        }
    }
}
