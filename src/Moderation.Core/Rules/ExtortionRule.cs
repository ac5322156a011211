using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>Extortion and threats to expose (UU ITE Pasal 27B): a demand for money joined to a threat of exposure or harm,
/// e.g. "transfer 5 juta atau foto kamu saya sebar", "bayar atau video kamu viral". A photo that went viral is news:
/// "foto kamu viral" is a threat only as the price of refusing a demand.</summary>
public sealed class ExtortionRule : IRule
{
    private const string Gap = RulePattern.Gap;

    private static readonly Regex Demand = RulePattern.Create(
        $@"\b(?:transfer(?:in)?|tf|trf|bayar(?:in)?|kirim(?:in|kan)?{Gap}(?:uang|duit|pulsa|saldo|dana)|setor(?:in|kan)?|tebus|siapkan{Gap}(?:uang|duit)|pay{Gap}me|send{Gap}(?:me{Gap})?money)\b" +
        $@"|\b\d+(?:[.,]\d+)?{Gap}?(?:juta|jt|ribu|rb|k|m)\b");

    private static readonly Regex Condition = RulePattern.Create(
        $@"\b(?:atau|ato|or{Gap}else|kalau{Gap}(?:tidak|gak|ga|nggak|enggak)|kalo{Gap}(?:tidak|gak|ga|nggak|enggak)|klo{Gap}(?:tidak|gak|ga|nggak)|jika{Gap}tidak|kalau{Gap}menolak|sebelum)\b");

    private static readonly string FillerWords3 = RulePattern.LazyRepeat($@"{Gap}[\p{{L}}\p{{N}}]+", 0, 3);

    private static readonly string FillerWords2 = RulePattern.LazyRepeat($@"{Gap}[\p{{L}}\p{{N}}]+", 0, 2);

    private static readonly string Yours = $@"(?:mu|nya{Gap}(?:lu|kamu))\b|{Gap}(?:kamu|km|lu|lo|elu|kau|anda|ente|you|your)\b";

    // The victim's photo, video, chats or secrets: "foto kamu", "video bugil lu", "aibmu".
    private static readonly string VictimsMaterial =
        $@"\b(?:foto|poto|video|vidio|vid|rekaman|chat|rahasia|aib|data|screenshot|nudes?)(?:{Gap}(?:bugil|telanjang|syur|pribadi|mesum))?(?:{Yours})";

    // Exposure of something of the victim's: "foto kamu saya sebar", "video lu gw viralin", "aibmu kubongkar", "kusebar fotomu".
    // The few filler words are lazy repeats spelled out (RulePattern.LazyRepeat): as compiled lazy loops they threw
    // IndexOutOfRangeException on texts like "ing saya upload k e" (a line of the gambling corpus), failing the whole decision.
    // "viral" itself is what happens to a post, not what someone does to it: only its causative forms are exposure here.
    private static readonly Regex Exposure = RulePattern.Create(
        $@"{VictimsMaterial}{FillerWords3}{Gap}(?:\p{{L}}{{0,4}})?(?:sebar|sebarin|sebarkan|viralkan|viralin|upload|bongkar|posting|publikasikan|spread|leak|post)\p{{L}}*" +
        $@"|\b(?:ku|gw{Gap}|saya{Gap}|aku{Gap})?(?:sebar|sebarin|sebarkan|viralkan|viralin|bongkar|upload){FillerWords2}{Gap}(?:foto|poto|video|vidio|rekaman|chat|rahasia|aib)(?:{Gap}(?:bugil|telanjang|syur|pribadi|mesum))?(?:{Yours})");

    // "video kamu viral": the outcome, with no one doing it; a threat only when a demand and its condition come with it
    // ("bayar atau video kamu viral"), news or congratulations otherwise ("foto kamu viral tuh di Twitter, selamat ya!").
    private static readonly Regex GoesViral = RulePattern.Create($@"{VictimsMaterial}{FillerWords3}{Gap}viral\b");

    private static readonly Regex Harm = RulePattern.Create(
        $@"\b(?:ku|gw{Gap}|saya{Gap}|aku{Gap}|kami{Gap})?(?:bunuh|bakar|habisi|hajar|culik|celakai|santet|bacok|siram)\p{{L}}*\b");

    // Without an exposure or harm word the rule cannot reach a non-zero confidence.
    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        "foto", "poto", "video", "vidio", "vid", "rekaman", "chat", "rahasia", "aib", "data", "screenshot", "nude",
        "sebar", "viral", "upload", "bongkar", "bunuh", "bakar", "habis", "hajar", "culik", "celaka", "santet", "bacok", "siram");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (!RulePattern.Mentions(text, Triggers))
        {
            return;
        }

        var view = text.Canonical;
        var before = hits.Count;
        MatchView(view.Text, TextView.Canonical, hits);
        if (hits.Count == before && view.Text != text.Folded.Text)
        {
            MatchView(text.Folded.Text, TextView.Folded, hits);
        }
    }

    // Every exposure and harm pattern needs one of these verbs; without one no view can reach a non-zero confidence.
    private static readonly TriggerWords Verbs = RulePattern.Triggers(
        "sebar", "viral", "upload", "bongkar", "post", "publikasikan", "spread", "leak",
        "bunuh", "bakar", "habisi", "hajar", "culik", "celakai", "santet", "bacok", "siram");

    private static void MatchView(string text, TextView view, List<RuleHit> hits)
    {
        if (!RulePattern.Mentions(text, Verbs))
        {
            return;
        }

        var first = hits.Count;
        var demands = RulePattern.AddMatches(Demand, text, view, RuleSignals.Extortion, 0, hits, "demand");
        var exposures = RulePattern.AddMatches(Exposure, text, view, RuleSignals.Extortion, 0, hits, "exposure");
        // The condition ("atau", "kalau tidak") tells only a demand's confidence apart.
        var conditional = demands > 0 && RulePattern.IsMatch(Condition, text);
        if (demands > 0 && conditional && exposures == 0)
        {
            exposures = RulePattern.AddMatches(GoesViral, text, view, RuleSignals.Extortion, 0, hits, "exposure");
        }

        var harms = demands > 0 ? RulePattern.AddMatches(Harm, text, view, RuleSignals.Extortion, 0, hits, "harm") : 0;

        // A demand alone is commerce, an exposure alone is gossip; together (with "atau") they are extortion.
        double confidence = (demands > 0, exposures > 0, harms > 0, conditional) switch
        {
            (true, true, _, true) => 0.95,
            (true, true, _, false) => 0.8,
            (true, false, true, true) => 0.85,
            (false, true, _, _) => 0.55,
            _ => 0,
        };

        if (confidence == 0)
        {
            hits.RemoveRange(first, hits.Count - first);
            return;
        }

        for (var i = first; i < hits.Count; i++)
        {
            hits[i] = hits[i] with { Confidence = confidence, Kind = exposures > 0 ? "exposure" : "harm" };
        }
    }
}
