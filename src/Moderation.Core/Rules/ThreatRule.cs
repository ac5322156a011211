using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>Threats of violence or intimidation sent to the victim (UU ITE Pasal 29): "gw bunuh lu", "awas kau kubakar rumahmu",
/// "tunggu pembalasan", "saya cari alamatmu", "I will kill you". Reports and suicide news ("bunuh diri") do not match.</summary>
public sealed class ThreatRule : IRule
{
    private const string Gap = RulePattern.Gap;
    private const string FirstPerson = "gw|gue|gua|gwa|aku|saya|ane|ana|w|kami|kita|gweh";
    // The victim is the reader addressed; "dia" (he, she) is a third person, whom reports and criticism talk about.
    private const string SecondPerson = "lu|lo|loe|elu|elo|lw|kau|engkau|kamu|km|kalian|anda|ente|kowe|sia|maneh";
    private const string Intent = "akan|bakal|bakalan|mau|pasti|siap|ingin|pengen|pingin|sudah|udah";

    // Verbs that threaten a life on their own, with or without an object ("gw bunuh!"). "bantai", "habisin", "cincang" and
    // "sembelih" need a target: "kita bantai Malaysia 3-0", "saya habisin makanannya", "kami sembelih kambing" are not threats.
    private const string Lethal = "bunuh|bunuhin|bacok|bacokin|gorok|penggal|mutilasi|perkosa|tikam";

    private const string Violence =
        "bunuh|bantai|habisi|habisin|tusuk|bacok|gorok|penggal|bakar|hajar|gebuk|gebukin|pukul|pukulin|cincang|mutilasi|" +
        "abisin|abisi|santet|culik|perkosa|patahkan|patahin|sembelih|tikam|cekik|keroyok|" +
        "bacokin|tusukin|bakarin|habisin|gampar|tonjok|aniaya|siksa";

    // Verbs that also name everyday acts: "matikan mobil kamu" (switch it off), "siram muka kamu" (splash it), "polisi tembak
    // ..." (a report), "nembak" (ask out). They threaten only from a speaker: "gw tembak lu", "saya siram muka kamu".
    private const string SpeakerViolence = "tembak|tembakin|siram|matiin|matikan|bom|ledakkan|hancurkan|hancurin";

    private static readonly string NotSelf = $"(?!{Gap}diri\\b)";

    private static readonly string Target =
        $@"(?:(?:{SecondPerson})\b|(?:rumah|keluarga|anak|istri|bini|suami|ibu|emak|bapak|kepala|leher|muka|mobil)(?:mu\b|{Gap}(?:{SecondPerson})\b))";

    // The four violence patterns each need one of the violence verbs (the lethal ones are among them).
    private static readonly TriggerWords ViolenceWords = RulePattern.Triggers([.. Violence.Split('|'), .. SpeakerViolence.Split('|')]);

    // "gw (akan) bunuh" but not "saya bunuh diri"; milder verbs need a target ("saya bakar rumahmu", not "saya bakar ikan").
    private static readonly ScreenedPattern FirstPersonViolence = new(RulePattern.Create(
        $@"\b(?:{FirstPerson})(?:{Gap}(?:{Intent}))?{Gap}(?:(?:{Lethal})(?:in|kan|i)?\b{NotSelf}(?:{Gap}{Target})?|(?:{Violence}|{SpeakerViolence})(?:in|kan|i)?{Gap}{Target})"),
        text => ViolenceWords.AnyIn(text));

    // "kubunuh", "kubakar", Javanese "takbunuh".
    private static readonly ScreenedPattern CliticViolence = new(RulePattern.Create(
        $@"\b(?:ku|tak)(?:{Lethal}|bantai|habisi|bakar|tusuk|tembak|hajar|gorok|cincang|santet|culik|siksa|aniaya)(?:in|kan|i)?\b{NotSelf}"),
        text => ViolenceWords.AnyIn(text));

    // "bunuh lu", "bakar rumahmu", "habisi kalian".
    private static readonly ScreenedPattern ViolenceAtYou = new(
        RulePattern.Create($@"\b(?:{Violence})(?:in|kan|i)?{Gap}{Target}"),
        text => ViolenceWords.AnyIn(text));

    // The target first, as Indonesian fronts the threatened: "rumahmu saya bakar", "kalian akan kami habisi", "kamu gw bunuh".
    private static readonly ScreenedPattern FrontedViolence = new(
        RulePattern.Create($@"\b{Target}(?:{Gap}(?:{Intent}))?{Gap}(?:{FirstPerson}){Gap}(?:{Violence}|{SpeakerViolence})(?:in|kan|i)?\b"),
        text => ViolenceWords.AnyIn(text));

    private static readonly ScreenedPattern Intimidation = RulePattern.Screened(
        $@"\btunggu{Gap}(?:pembalasan\p{{L}}*|tanggal{Gap}main\p{{L}}*|aja{Gap}(?:nanti|pembalasan\p{{L}}*))" +
        $@"|\bsiap{Gap}siap{Gap}(?:mati|mampus|celaka)\b|\bsiap2{Gap}(?:mati|mampus)\b" +
        $@"|\b(?:{SecondPerson}){Gap}(?:akan|bakal|pasti|bakalan){Gap}(?:mati|mampus|celaka)\b" +
        $@"|\bmati{Gap}(?:lu|lo|kau|kamu|elu|sia|kowe)\b" +
        $@"|\b(?:nyawa(?:mu|{Gap}(?:lu|lo|kau|kamu)))(?:{Gap}\p{{L}}+)?{Gap}(?:tidak|gak|ga|nggak|tak){Gap}(?:aman|lama)\b" +
        $@"|\b(?:darah(?:mu|nya)|darah{Gap}(?:lu|kau|kamu)){Gap}halal\b" +
        $@"|\b(?:{FirstPerson})(?:{Gap}(?:{Intent}|sudah|udah))?{Gap}(?:cari|tahu|tau|datangi|datengin|samperin|sambangi|temukan|nemuin|datang{Gap}ke){Gap}(?:alamat|rumah|kantor|kos|kost|sekolah)(?:mu\b|{Gap}(?:{SecondPerson})\b)" +
        $@"|\b(?:alamat|rumah)(?:mu|{Gap}(?:lu|lo|kau|kamu)){Gap}(?:sudah|udah){Gap}(?:(?:{FirstPerson}){Gap})?(?:tahu|tau|dapat|dapet|ketemu)\b",
        "tunggu", "siap", "mati", "mampus", "celaka", "nyawa", "darah", "alamat", "rumah", "kantor", "kos", "sekolah");

    // "You will regret it" is everyday advice and criticism ("kalian akan menyesal memilih presiden ini"); it intimidates when
    // the speaker means to cause the regret: "gue bikin lu menyesal", "saya akan buat kalian menyesal".
    private static readonly ScreenedPattern Regret = RulePattern.Screened(
        $@"\b(?:{FirstPerson})(?:{Gap}(?:{Intent}))?{Gap}(?:bikin|buat|membuat){Gap}(?:{SecondPerson}){Gap}(?:menyesal|nyesel|nyesal)\b",
        "menyesal", "nyesel", "nyesal");

    private static readonly ScreenedPattern Warning = RulePattern.Screened($@"\bawas{Gap}(?:kau|kamu|lu|lo|elu|kalian|ente|sia|kowe)\b", "awas");

    // "mampus lu" is mostly a curse ("serves you right"), which the profanity head judges; alone it stays below the flag level.
    private static readonly ScreenedPattern Curse = RulePattern.Screened($@"\b(?:mampus|modar){Gap}(?:lu|lo|kau|kamu|elu|sia|kowe)\b", "mampus", "modar");

    private static readonly ScreenedPattern English = RulePattern.Screened(
        $@"\bi(?:[^\p{{L}}\p{{N}}]*ll|{Gap}(?:will|shall|am{Gap}going{Gap}to|am{Gap}gonna|gonna|wanna|want{Gap}to)|[^\p{{L}}\p{{N}}]*m{Gap}(?:going{Gap}to|gonna)){Gap}(?:kill|murder|shoot|stab|burn|hurt|rape|beat|destroy|find|hunt){Gap}(?:you|u|ya|your{Gap}family)\b" +
        $@"|\bi{Gap}know{Gap}where{Gap}(?:you|u){Gap}live\b|\byou(?:[^\p{{L}}\p{{N}}]*re|{Gap}are){Gap}(?:dead|going{Gap}to{Gap}die)\b|\bwatch{Gap}your{Gap}back\b",
        "kill", "murder", "shoot", "stab", "burn", "hurt", "rape", "beat", "destroy", "find", "hunt", "know", "dead", "die", "watch");

    // Specific enough that ordinary comments skip the patterns: every pattern needs one of these (verbs as stems, so "kubakar" counts).
    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        "bunuh", "bantai", "habisi", "habisin", "abisi", "tusuk", "tembak", "bacok", "gorok", "penggal", "bakar", "hajar", "gebuk", "pukul", "cincang",
        "mutilasi", "santet", "culik", "perkosa", "siram", "bom", "ledakkan", "patahkan", "patahin", "hancurkan", "hancurin", "matiin",
        "matikan", "sembelih", "tikam", "cekik", "keroyok", "gampar", "tonjok", "aniaya", "siksa", "pembalasan", "tanggal main", "tunggu aja",
        "siap mati", "siap mampus", "siap celaka", "siap2", "akan mati", "bakal mati", "pasti mati", "bakalan mati", "mampus", "modar",
        "celaka", "menyesal", "nyesel", "nyesal", "mati kau", "mati lu", "mati lo", "mati kamu", "mati elu", "mati sia", "mati kowe", "nyawa", "darah",
        "alamat", "rumahmu", "rumah kamu", "rumah lu", "rumah lo", "rumah kau", "kantormu", "kantor kamu", "kosmu", "sekolahmu", "awas",
        "you", "kill", "murder");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        if (!RulePattern.Mentions(text, Triggers))
        {
            return;
        }

        MatchView(text.Canonical.Text, TextView.Canonical, hits);
        if (!ReferenceEquals(text.Canonical, text.Folded) && text.Canonical.Text != text.Folded.Text)
        {
            MatchView(text.Folded.Text, TextView.Folded, hits);
        }
    }

    private static void MatchView(string text, TextView view, List<RuleHit> hits)
    {
        // One search for the verbs all four violence patterns need.
        if (FirstPersonViolence.MayMatch(text))
        {
            RulePattern.AddMatches(FirstPersonViolence.Regex, text, view, RuleSignals.Threat, 0.9, hits, "violence");
            RulePattern.AddMatches(CliticViolence.Regex, text, view, RuleSignals.Threat, 0.9, hits, "violence");
            RulePattern.AddMatches(ViolenceAtYou.Regex, text, view, RuleSignals.Threat, 0.85, hits, "violence");
            RulePattern.AddMatches(FrontedViolence.Regex, text, view, RuleSignals.Threat, 0.9, hits, "violence");
        }

        RulePattern.AddMatches(Intimidation, text, view, RuleSignals.Threat, 0.85, hits, "intimidation");
        RulePattern.AddMatches(Regret, text, view, RuleSignals.Threat, 0.6, hits, "intimidation");
        RulePattern.AddMatches(Warning, text, view, RuleSignals.Threat, 0.6, hits, "intimidation");
        RulePattern.AddMatches(Curse, text, view, RuleSignals.Threat, 0.45, hits, "intimidation");
        RulePattern.AddMatches(English, text, view, RuleSignals.Threat, 0.9, hits, "violence");
    }
}
