using System.Text;
using Moderation.Normalisation;
using Moderation.Rules;
using Moderation.Scoring;

namespace Moderation.Features;

/// <summary>Turns a comment's canonical text into hashed word uni/bigrams and char n-grams inside word boundaries.
/// Sublinear term frequency, each block L2-normalised. Pure, deterministic across processes, and thread-safe.</summary>
/// <remarks>One pass over the text hashes every token and emits its word and char n-gram slots straight from the text
/// (no strings, per-thread buffers); the n-grams of one start position share their hash prefix. The slots, and so the features,
/// are exactly those of hashing each n-gram on its own.</remarks>
public sealed class CommentFeaturizer
{
    private const uint WordSeed = 0x9E3779B1;
    private const uint BigramSeed = 0x85EBCA77;
    private const uint TrigramSeed = 0xC2B2AE3D;
    private const uint CharSeed = 0x27D4EB2F;
    private const uint FoldedSeed = 0x165667B1;
    private const uint FnvOffset = 2166136261u;
    private const uint FnvPrime = 16777619u;

    // Very long "words" (glued spam, hashes) are capped: their first 64 chars carry the signal.
    private const int MaxCharWord = 64;

    private readonly int _mask;
    private readonly int _signalStart;
    private readonly int _maxWordNgram;
    private readonly int _minCharNgram;
    private readonly int _maxCharNgram;

    public CommentFeaturizer(FeatureSettings settings)
    {
        settings.Validate();
        Settings = settings;
        _mask = settings.Dimension - 1;
        _signalStart = settings.SignalStart;
        _maxWordNgram = settings.MaxWordNgram;
        _minCharNgram = settings.MinCharNgram;
        _maxCharNgram = settings.MaxCharNgram;
    }

    public FeatureSettings Settings { get; }

    public SparseFeatures Featurise(NormalisedText text)
    {
        var folded = Settings.FoldedWords ? text.Folded.Text : null;
        if (!Settings.WritingSignals)
        {
            return Featurise(text.Canonical.Text, folded);
        }

        Span<float> signals = stackalloc float[WritingSignals.Count];
        Moderation.Features.WritingSignals.Compute(text, signals);
        return Featurise(text.Canonical.Text, folded, signals);
    }

    public SparseFeatures Featurise(string canonicalText, string? foldedText = null) => Featurise(canonicalText, foldedText, default);

    /// <summary>The features <see cref="Featurise(NormalisedText)"/> gives, written into <paramref name="buffer"/> (grown as
    /// needed) instead of a new vector; returns how many there are.</summary>
    internal int FeaturiseInto(NormalisedText text, FeatureBuffer buffer)
    {
        var folded = Settings.FoldedWords ? text.Folded.Text : null;
        Span<float> signals = Settings.WritingSignals ? stackalloc float[WritingSignals.Count] : default;
        if (Settings.WritingSignals)
        {
            Moderation.Features.WritingSignals.Compute(text, signals);
        }

        Featurise(text.Canonical.Text, folded, signals, buffer, out var count);
        return count;
    }

    private SparseFeatures Featurise(string canonicalText, string? foldedText, ReadOnlySpan<float> signals) =>
        Featurise(canonicalText, foldedText, signals, into: null, out _)!;

    // Returns the features as a new vector, or writes them into `into` and returns null.
    private SparseFeatures? Featurise(string canonicalText, string? foldedText, ReadOnlySpan<float> signals, FeatureBuffer? into, out int count)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);

        // Every token emits at most MaxWordNgram word slots; a word of length L at most (L + 2) char n-grams per length,
        // and the words' L + 2 sum to at most three times the text.
        var wordCapacity = canonicalText.Length * _maxWordNgram + (foldedText?.Length ?? 0);
        var charCapacity = canonicalText.Length * 3 * (_maxCharNgram - _minCharNgram + 1);
        var scratch = FeatureScratch.Rent(wordCapacity + charCapacity);
        try
        {
            var words = scratch.Slots.AsSpan(0, wordCapacity);
            var chars = scratch.Slots.AsSpan(wordCapacity, charCapacity);
            var (wordCount, charCount) = EmitCanonical(canonicalText, words, chars);
            if (foldedText is not null)
            {
                // Folded spellings get their own unigram slots, apart from the canonical words they resolve to.
                wordCount = EmitFolded(foldedText, words, wordCount);
            }

            // Each block is counted into the front of its own region: unique slots never outnumber the slots.
            var wordSlots = words[..wordCount];
            var charSlots = chars[..charCount];
            var values = scratch.Values;
            var hashBits = Settings.HashBits;
            var wordUnique = SlotBlock.Count(wordSlots, scratch.Sorted, hashBits, values.AsSpan(0, wordCount));
            var charUnique = SlotBlock.Count(charSlots, scratch.Sorted, hashBits, values.AsSpan(wordCapacity, charCount));
            var wordBlock = wordSlots[..wordUnique];
            var wordValues = values.AsSpan(0, wordUnique);
            var charBlock = charSlots[..charUnique];
            var charValues = values.AsSpan(wordCapacity, charUnique);
            if (into is null)
            {
                var features = SlotBlock.Merge(wordBlock, wordValues, charBlock, charValues, signals, _signalStart);
                count = features.Count;
                return features;
            }

            count = SlotBlock.MergedLength(wordBlock, charBlock, signals);
            into.EnsureCapacity(count);
            SlotBlock.MergeInto(wordBlock, wordValues, charBlock, charValues, signals, _signalStart, into.Indices, into.Values);
            return null;
        }
        finally
        {
            FeatureScratch.Return(scratch);
        }
    }

    /// <summary>Where the n-grams of <paramref name="drivers"/>' slots lie: each word, word pair or triple of the canonical
    /// view and each word of the folded view whose slot is a driver's, and each word with a char n-gram that is; written to
    /// <paramref name="into"/> with the driver's contribution. The slots are hashed exactly as <see cref="Featurise(NormalisedText)"/>
    /// hashes them; the dense writing signals lie nowhere.</summary>
    public void Locate(NormalisedText text, ReadOnlySpan<ScoreDriver> drivers, List<FeatureSpan> into)
    {
        var canonical = text.Canonical.Text;
        Span<int> chars = stackalloc int[(MaxCharWord + 2) * (_maxCharNgram - _minCharNgram + 1)];
        uint previous = 0, beforePrevious = 0;
        int previousStart = 0, beforePreviousStart = 0;
        var seen = 0;
        var i = 0;
        while (NextToken(canonical, ref i, out var start, out var isWord))
        {
            var token = canonical.AsSpan(start, i - start);
            var hash = Hash(token, WordSeed);
            Found(drivers, Slot(Mix(hash)), TextView.Canonical, start, i, into);
            if (_maxWordNgram >= 2 && seen >= 1)
            {
                Found(drivers, Slot(Mix((previous * BigramSeed) ^ hash)), TextView.Canonical, previousStart, i, into);
            }

            if (_maxWordNgram >= 3 && seen >= 2)
            {
                Found(drivers, Slot(Mix(((beforePrevious * TrigramSeed) ^ previous) * BigramSeed ^ hash)), TextView.Canonical, beforePreviousStart, i, into);
            }

            beforePrevious = previous;
            beforePreviousStart = previousStart;
            previous = hash;
            previousStart = start;
            seen++;

            if (isWord)
            {
                var count = EmitCharNgrams(token[..Math.Min(token.Length, MaxCharWord)], chars, 0);
                for (var k = 0; k < count; k++)
                {
                    Found(drivers, chars[k], TextView.Canonical, start, i, into);
                }
            }
        }

        if (!Settings.FoldedWords)
        {
            return;
        }

        var folded = text.Folded.Text;
        i = 0;
        while (NextToken(folded, ref i, out var start, out _))
        {
            Found(drivers, Slot(Mix(Hash(folded.AsSpan(start, i - start), WordSeed) ^ FoldedSeed)), TextView.Folded, start, i, into);
        }
    }

    private static void Found(ReadOnlySpan<ScoreDriver> drivers, int slot, TextView view, int start, int end, List<FeatureSpan> into)
    {
        foreach (var driver in drivers)
        {
            if (driver.Slot == slot && driver.Contribution > 0)
            {
                into.Add(new FeatureSpan(view, start, end - start, driver.Contribution));
                return;
            }
        }
    }

    /// <summary>Word uni/bi/trigram slots of every token and char n-gram slots of every word token, in one pass.</summary>
    private (int Words, int Chars) EmitCanonical(string text, Span<int> words, Span<int> chars)
    {
        var wordCount = 0;
        var charCount = 0;
        uint previous = 0, beforePrevious = 0;
        var seen = 0;
        var i = 0;
        while (NextToken(text, ref i, out var start, out var isWord))
        {
            var token = text.AsSpan(start, i - start);
            var hash = Hash(token, WordSeed);

            // The n-grams ending at this token: the same set as the n-grams starting at each token.
            words[wordCount++] = Slot(Mix(hash));
            if (_maxWordNgram >= 2 && seen >= 1)
            {
                words[wordCount++] = Slot(Mix((previous * BigramSeed) ^ hash));
            }

            if (_maxWordNgram >= 3 && seen >= 2)
            {
                words[wordCount++] = Slot(Mix(((beforePrevious * TrigramSeed) ^ previous) * BigramSeed ^ hash));
            }

            beforePrevious = previous;
            previous = hash;
            seen++;

            if (isWord)
            {
                charCount = EmitCharNgrams(token[..Math.Min(token.Length, MaxCharWord)], chars, charCount);
            }
        }

        return (wordCount, charCount);
    }

    /// <summary>The char n-grams of one word padded with a space at both ends. The n-grams starting at one position are
    /// prefixes of each other, so FNV-1a hashes them in one run.</summary>
    private int EmitCharNgrams(ReadOnlySpan<char> word, Span<int> chars, int count)
    {
        Span<char> padded = stackalloc char[MaxCharWord + 2];
        padded[0] = ' ';
        word.CopyTo(padded[1..]);
        padded[word.Length + 1] = ' ';
        var length = word.Length + 2;
        var min = _minCharNgram;
        var max = _maxCharNgram;
        for (var s = 0; s + min <= length; s++)
        {
            var hash = FnvOffset ^ CharSeed;
            var end = Math.Min(s + max, length);
            for (var k = s; k < end; k++)
            {
                hash = (hash ^ padded[k]) * FnvPrime;
                if (k - s + 1 >= min)
                {
                    chars[count++] = Slot(Mix(hash));
                }
            }
        }

        return count;
    }

    private int EmitFolded(string text, Span<int> words, int count)
    {
        var i = 0;
        while (NextToken(text, ref i, out var start, out _))
        {
            words[count++] = Slot(Mix(Hash(text.AsSpan(start, i - start), WordSeed) ^ FoldedSeed));
        }

        return count;
    }

    /// <summary>Words are runs of letters and digits; every other visible character (emoji, '!') is a token of its own.
    /// Moves <paramref name="i"/> past the next token; false at the end of the text.</summary>
    private static bool NextToken(string text, ref int i, out int start, out bool isWord)
    {
        while (i < text.Length)
        {
            var c = text[i];
            start = i;
            if (c < 0x80)
            {
                // ASCII: whitespace and controls are exactly 0-32 and DEL; letters and digits are the only word chars.
                if (c <= ' ' || c == 0x7F)
                {
                    i++;
                    continue;
                }

                i++;
                isWord = char.IsAsciiLetterOrDigit(c);
            }
            else
            {
                var rune = Rune.GetRuneAt(text, i);
                i += rune.Utf16SequenceLength;
                if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
                {
                    continue;
                }

                isWord = IsWordRune(rune);
            }

            if (isWord)
            {
                SkipWord(text, ref i);
            }

            return true;
        }

        start = i;
        isWord = false;
        return false;
    }

    private static void SkipWord(string text, ref int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return;
                }

                i++;
                continue;
            }

            var next = Rune.GetRuneAt(text, i);
            if (!IsWordRune(next))
            {
                return;
            }

            i += next.Utf16SequenceLength;
        }
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>A hashed slot below the reserved signal slots (folded down when it would land on them).</summary>
    private int Slot(uint hash)
    {
        var slot = (int)(hash & _mask);
        return slot >= _signalStart ? slot - WritingSignals.Count : slot;
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across runs, unlike string.GetHashCode.</summary>
    private static uint Hash(ReadOnlySpan<char> chars, uint seed)
    {
        var h = FnvOffset ^ seed;
        foreach (var c in chars)
        {
            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    /// <summary>Murmur3's finaliser, so nearby FNV values spread over the whole space.</summary>
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
