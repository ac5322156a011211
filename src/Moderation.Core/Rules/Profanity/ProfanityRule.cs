using System.Text.RegularExpressions;
using Moderation.Normalisation;
using Moderation.Rules.Context;

namespace Moderation.Rules.Profanity;

/// <summary>Abusive language as readers of news threads write it: kata kasar (after the normaliser has undone stretching,
/// capitals and truncations: "GOBLOKKK", "gblk"), regional profanity (jancuk, asu, pukimak) and insults built from ordinary
/// words ("mulut comberan", "otaknya di dengkul", "kentut lah kau"). It is etiquette, flagged whoever it is aimed at,
/// institutions included. An animal word said of the animal ("anjing pelacak") is left to the model; abuse that is reported
/// or quoted rather than hurled ("dikatai goblok oleh suporter") is not flagged and, when the comment hurls none, emits
/// <see cref="RuleSignals.ReportedAbuse"/>, the counter-signal that dampens the profanity and insult heads.</summary>
public sealed class ProfanityRule : IRule
{
    private const string Gap = RulePattern.Gap;

    private static readonly string[] Abusive =
    [
        "goblok", "goblog", "tolol", "bego", "idiot", "dungu", "bodoh", "bodohnya", "bangsat", "bajingan", "keparat", "bedebah",
        "brengsek", "kampret", "kontol", "memek", "ngentot", "pepek", "tai", "taik", "tahi", "bacot", "anjir", "anjrit",
        // Regional: Javanese, Sundanese, Batak, Malay and eastern Indonesian.
        "jancuk", "jancok", "dancok", "cuk", "cok", "asu", "ndasmu", "bangke", "pukimak", "kimak", "cukimai", "pantek",
        "kehed", "bodat", "telaso",
    ];

    // Said of the animal as often as of a person: counted only where the comment is not about the animal.
    private static readonly string[] Animals = ["anjing", "babi", "monyet", "kunyuk"];

    private static readonly string[] Phrases =
    [
        "mulut comberan", "mulut sampah", "mulut jamban", "otak udang", "otak keledai", "otak kerbau", "otak dengkul", "otak cetek",
        "otak di dengkul", "otaknya di dengkul", "gak punya otak", "tidak punya otak", "nggak punya otak", "muka tembok", "muka badak",
        "otak kosong", "manusia sampah", "kentut lah kau", "kentut kau", "kentut lah lu", "kentut lu",
    ];

    private static readonly ScreenedPattern Words = RulePattern.ScreenedWords([.. Abusive, .. Phrases]);

    private static readonly ScreenedPattern AnimalWords = RulePattern.ScreenedWords(Animals);

    // One pass over the comment for both screens: most comments hold none of these and leave here.
    private static readonly TriggerWords Anything = RulePattern.Triggers(
        [.. Abusive.Concat(Animals).Concat(Phrases).Select(w => w.Split(' ').MaxBy(part => part.Length)!).Distinct()]);

    // Not abuse: "tahi lalat" is a mole; "Cok Ace" is how Bali names a Cokorda.
    private static readonly Regex Innocent = RulePattern.Create($@"^(?:(?:tahi|tai){Gap}lalat|cok{Gap}ace)\b");

    // Words that report or quote abuse rather than hurl it: "dikatai goblok", "menyebut pendemo bodoh", "kata kasar seperti anjing".
    private static readonly HashSet<string> ReportingWords = new(
    [
        "dikatai", "dikatain", "mengatai", "mengatain", "ngatain", "ngatai", "disebut", "menyebut", "dipanggil", "memanggil",
        "diteriaki", "meneriaki", "meneriakkan", "memaki", "dimaki", "makian", "kata", "kata-kata", "ucapan", "sebutan", "julukan", "kasar",
        "nyebut", "nyebutin", "teriak", "berteriak", "kalimat",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Reporting = ReportingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of saying that report only someone else's words: "kalau ada yang bilang orang X monyet", not "gw bilang lu goblok".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OthersSaying =
        new HashSet<string>(["bilang", "mengatakan", "berkata", "nyebut", "ngomong"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Joining =
        new HashSet<string>(["atau", "dan", "maupun", "seperti", "dengan", "semacam", "sebagai", "itu", "ini"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Anything))
        {
            return;
        }

        var words = Words.MayMatch(canonical);
        var animals = AnimalWords.MayMatch(canonical);
        if (!words && !animals)
        {
            return;
        }

        var first = hits.Count;
        var reported = 0;
        if (words)
        {
            reported += AddHurled(Words.Regex, text, hits);
        }

        if (animals && !LiteralAnimalRule.IsLiteral(text))
        {
            reported += AddHurled(AnimalWords.Regex, text, hits);
        }

        // Every abusive word in the comment is reported, none hurled: a counter-signal that dampens the profanity and insult
        // heads, which read the words and not who says them to whom.
        if (reported > 0 && hits.Count == first)
        {
            hits.Add(new RuleHit(RuleSignals.ReportedAbuse, TextView.Canonical, 0, canonical.Length, 0.8));
        }
    }

    /// <summary>Adds a hit per abusive word hurled; returns how many were reported instead.</summary>
    private static int AddHurled(Regex pattern, NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        var reported = 0;
        try
        {
            foreach (var match in pattern.EnumerateMatches(canonical))
            {
                if (Innocent.IsMatch(canonical.AsSpan(match.Index)) || Denied(canonical, match.Index))
                {
                    continue;
                }

                if (IsReported(canonical, match.Index) || Quoted(text, match.Index))
                {
                    reported++;
                    continue;
                }

                hits.Add(new RuleHit(RuleSignals.Profanity, TextView.Canonical, match.Index, match.Length, 0.85));
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return reported;
    }

    // "orang Batak itu tidak bodoh", "kamu bukan goblok": a word denied is not hurled (the canonical view spells every denial
    // "tidak" or "bukan").
    private static bool Denied(string canonical, int index)
    {
        var before = canonical.AsSpan(0, index).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n');
        return before[(space + 1)..] is "tidak" or "bukan";
    }

    /// <summary>Whether one of the three words before <paramref name="index"/> reports the abuse ("menyebut warga X monyet"), or
    /// says that someone else said it ("yang bilang ..."); joining words are passed over, so "kata kasar seperti anjing atau
    /// bangsat" reports both.</summary>
    // Inside quotation marks the words are someone else's: a comment that quotes "Cina anjing" to deplore it. The marks are
    // read in the reader's own text, since the normalised views drop them.
    private static bool Quoted(NormalisedText text, int index)
    {
        var (start, _) = text.Canonical.ToOriginal(index, 1);
        var original = text.Original;
        var before = original.AsSpan(0, start);
        return (before.Count('"') + before.Count('\u201C') + before.Count('\u201D')) % 2 == 1 && original.AsSpan(start).IndexOfAny("\"\u201D") >= 0;
    }

    private static bool IsReported(string canonical, int index)
    {
        var end = index;
        for (var words = 0; words < 3 && end > 0;)
        {
            var before = canonical.AsSpan(0, end).TrimEnd();
            var space = before.LastIndexOfAny(' ', '\n');
            var word = before[(space + 1)..];
            // "yang bilang", and "stop bilang", "jangan bilang": saying it is what the comment opposes.
            if (Reporting.Contains(word) || (OthersSaying.Contains(word) && PreviousWord(before, space) is "yang" or "stop" or "jangan" or "berhenti" or "berhentilah" or "usah"))
            {
                return true;
            }

            words += Joining.Contains(word) ? 0 : 1;
            end = space < 0 ? 0 : space;
        }

        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> before, int space)
    {
        if (space < 0)
        {
            return [];
        }

        var rest = before[..space].TrimEnd();
        return rest[(rest.LastIndexOfAny(' ', '\n') + 1)..];
    }
}
