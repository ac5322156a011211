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
}
