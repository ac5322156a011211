namespace Moderation.Normalisation;

/// <summary>Abusive Indonesian and regional words that obfuscation (masks, leetspeak) most often hides.</summary>
/// <remarks>Used only to resolve what a disguised word was; whether it is abusive in context is the model's and the
/// policy's call ("anjing tetangga saya hilang" is a real dog).</remarks>
internal static class AbusiveWords
{
    public static readonly string[] All =
    [
        "anjing", "anjir", "anjrit", "asu", "babi", "bangsat", "bajingan", "keparat", "kontol", "memek", "ngentot",
        "entot", "goblok", "goblog", "tolol", "bego", "bodoh", "idiot", "kampret", "setan", "iblis", "jancuk", "jancok",
        "cuk", "cok", "tai", "taik", "bangke", "bangkai", "brengsek", "sialan", "sial", "monyet", "kunyuk", "bencong",
        "banci", "pelacur", "lonte", "perek", "jablay", "pepek", "titit", "peler", "kafir", "laknat", "dajjal", "sinting",
        "gila", "budek", "congek", "pantek", "pukimak", "puki", "bacot", "bacod", "bangor", "jembut", "ngewe", "coli",
        "colmek", "sange", "bokep", "kimak", "celeng", "cebong", "kampang", "tempik", "asw", "anjg", "bgst", "kntl",
    ];

    /// <summary>Truncated and vowel-dropped spellings of abusive words, as news-thread readers type them ("gblk", "bgst"), mapped
    /// to the word. Each line reads "word: spelling spelling ...".</summary>
    private const string SpellingEntries = """
        goblok: gblk gblok goblk gobloq
        goblog: gblg
        bangsat: bgst bngst bgsd bngsd bangsad bgsat
        anjing: anjg ajg anjng anjink
        anjir: anjr anjer
        kontol: kntl kntol kontl
        tolol: tlol tll
        kampret: kmprt
        brengsek: brgsk brngsk
        bajingan: bjngn
        jancuk: jnck jancuk jncuk
        tai: taek taik tae
        asu: asw
        bangke: bngke
        memek: mmk
        ngentot: ngntt ngntot
        pukimak: pkmk
        """;

    private static readonly Dictionary<string, string> SpellingMap = ParseSpellings();

    /// <summary>Lookup of <see cref="SpellingEntries"/> by span, so matching a word does not allocate.</summary>
    public static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Spellings =
        SpellingMap.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The spellings <see cref="Spellings"/> knows, so the lexicon accepts them as readings of a stretched word.</summary>
    public static IEnumerable<string> Spelled => SpellingMap.Keys;

    /// <summary>Chars that stand for a hidden letter.</summary>
    public const string MaskChars = "*_#";

    /// <summary>Reads a masked word ("anj*ng", "b*ngs*t", "k*nt0l") as the abusive word it hides, if one fits.</summary>
    public static bool TryUnmask(ReadOnlySpan<char> span, out string word)
    {
        foreach (var candidate in All)
        {
            if (candidate.Length != span.Length)
            {
                continue;
            }

            var seen = 0;
            var k = 0;
            for (; k < span.Length; k++)
            {
                if (MaskChars.Contains(span[k]))
                {
                    continue;
                }

                if (Leetspeak.ToLetter(span[k]) != candidate[k])
                {
                    break;
                }

                seen++;
            }

            // Two visible letters at least, so "***" or "k****" is not read as any word that happens to fit.
            if (k == span.Length && seen >= 2 && seen < span.Length)
            {
                word = candidate;
                return true;
            }
        }

        word = "";
        return false;
    }

    private static Dictionary<string, string> ParseSpellings()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in SpellingEntries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            foreach (var spelling in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (spelling != line[..colon])
                {
                    map.TryAdd(spelling, line[..colon]);
                }
            }
        }

        return map;
    }
}
