using Moderation.Normalisation;

namespace Moderation.Rules.Targeted;

/// <summary>Reads the lexicons' words where the reader misspelt them, as functional tests of hate speech do and as readers do
/// to slip past filters: a letter dropped, doubled or two swapped ("bnci", "sammpah", "bneci"), the last one stretched
/// ("maduraa"), a word cut by a space ("bi natang"), words glued together ("gwbencibanget", "#UsirOrangFlores"). Only words
/// of the lexicons are read into; a word of everyday Indonesian is never read as another.</summary>
internal static class Spelling
{
    private const int MinimumLength = 4;

    // Every word of the lexicons: what a misspelling may be read as.
    private static readonly HashSet<string> Lexicon = LexiconWords();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LexiconLookup = Lexicon.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words a reader may mean as written: the lexicons', the slang dictionary's (its slang and what it means) and everyday words,
    // in one set, so that the many lookups of words that are none of them (every piece of a long unknown word) hash once.
    private static readonly HashSet<string> Known = KnownWords();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // One letter dropped or two neighbours swapped, to the lexicon word it came from; a variant that two words share is left out.
    private static readonly Dictionary<string, string> Variants = BuildVariants();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VariantLookup = Variants.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is one the reader may mean as written.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => KnownLookup.Contains(word);

    // Words one letter from a lexicon word that are words in their own right.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CollisionLookup =
        new HashSet<string>(CommonWords.Collisions, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lexicon word a misspelt word stands for, or null.</summary>
    public static string? Correct(ReadOnlySpan<char> word) =>
        word.Length >= MinimumLength - 1 && !IsKnown(word) && !CollisionLookup.Contains(word) && VariantLookup.TryGetValue(word, out var meant) ? meant : null;

    /// <summary>The lexicon word two pieces make when joined ("bi" + "natang"), or null.</summary>
    public static string? Join(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length + second.Length < MinimumLength + 1 || (IsKnown(first) && IsKnown(second)) || first.Length + second.Length > 32)
        {
            return null;
        }

        Span<char> joined = stackalloc char[first.Length + second.Length];
        first.CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        return LexiconLookup.TryGetValue(joined, out var word) ? word : null;
    }

    /// <summary>Splits a long unknown word into known words when it is words glued together ("gwbencibanget" → "gw", "benci",
    /// "banget"); the pieces' lengths, or an empty list when it is not.</summary>
    public static bool TrySplit(ReadOnlySpan<char> word, List<int> pieces)
    {
        pieces.Clear();
        if (word.Length < 8 || word.Length > 48 || IsKnown(word))
        {
            return false;
        }

        // Fewest pieces first: best[i] is the fewest known pieces that make word[..i].
        Span<int> best = stackalloc int[word.Length + 1];
        Span<int> from = stackalloc int[word.Length + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var end = 2; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - 16); start <= end - 2; start++)
            {
                if (best[start] != int.MaxValue && best[start] + 1 < best[end] && IsKnown(word[start..end]))
                {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (best[word.Length] == int.MaxValue || best[word.Length] < 2)
        {
            return false;
        }

        for (var end = word.Length; end > 0; end = from[end])
        {
            pieces.Insert(0, end - from[end]);
        }

        return true;
    }

    private static HashSet<string> LexiconWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in PredicateLexicon.Table.Phrases.Concat(GroupLexicon.Terms.Phrases))
        {
            foreach (var word in phrase.Split(' '))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static HashSet<string> KnownWords()
    {
        var words = new HashSet<string>(Lexicon, StringComparer.Ordinal);
        words.UnionWith(CommonWords.Text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        words.UnionWith(SlangDictionary.Formal.SelectMany(w => w.Split(' ')));
        words.UnionWith(SlangDictionary.Slang);
        foreach (var set in new[] { Words.Negators, Words.Skippable, Words.Questions, Words.Modals, Words.FirstPerson, Words.CallAfter,
                     Words.BetweenAfter, Words.BetweenBefore, Words.Contrast, Words.AnimalCues, Words.PassiveSpeech, Words.Transitive,
                     GroupLexicon.Collective, GroupLexicon.PlaceBefore, GroupLexicon.PlaceAfter, GroupLexicon.ThingBefore })
        {
            words.UnionWith(set.Words);
        }

        return words;
    }

    private static Dictionary<string, string> BuildVariants()
    {
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Lexicon)
        {
            if (word.Length < MinimumLength || !word.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            foreach (var variant in Misspellings(word))
            {
                if (variant.Length < MinimumLength - 1 || Known.Contains(variant))
                {
                    continue;
                }

                if (variants.TryGetValue(variant, out var other) && other != word)
                {
                    shared.Add(variant);
                }

                variants[variant] = word;
            }
        }

        foreach (var variant in shared)
        {
            variants.Remove(variant);
        }

        return variants;
    }

    private static IEnumerable<string> Misspellings(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            // A dropped letter; a word of four letters keeps its first and last ("mti" for "mati", not "ati").
            if (word.Length > MinimumLength || (i > 0 && i < word.Length - 1))
            {
                yield return word.Remove(i, 1);
            }

            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                var swapped = word.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                yield return new string(swapped);
            }
        }

        // A letter doubled ("sammpah", "ssampah"), and the last one stretched, which the normaliser leaves when two of it make no
        // word it knows ("maduraa", "cinaaa").
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Insert(i, word[i].ToString());
        }

        yield return word + word[^1] + word[^1];
    }
}
