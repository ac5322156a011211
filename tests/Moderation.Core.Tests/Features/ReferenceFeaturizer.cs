using System.Buffers;
using System.Text;
using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Core.Tests.Features;

/// <summary>The featurizer as it was before it was made faster (commit 0a73960), kept verbatim as the yardstick the
/// current one must match bit for bit: hashed word uni/bigrams and char n-grams inside word boundaries.
/// Sublinear term frequency, each block L2-normalised.</summary>
internal sealed class ReferenceFeaturizer
{
    private const uint WordSeed = 0x9E3779B1;
    private const uint BigramSeed = 0x85EBCA77;
    private const uint TrigramSeed = 0xC2B2AE3D;
    private const uint CharSeed = 0x27D4EB2F;
    private const uint FoldedSeed = 0x165667B1;
    private static readonly float BlockWeight = MathF.Sqrt(0.5f);

    private readonly int _mask;
    private readonly int _signalStart;

    public ReferenceFeaturizer(FeatureSettings settings)
    {
        settings.Validate();
        Settings = settings;
        _mask = settings.Dimension - 1;
        _signalStart = settings.SignalStart;
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
        WritingSignals.Compute(text, signals);
        return Featurise(text.Canonical.Text, folded, signals);
    }

    public SparseFeatures Featurise(string canonicalText, string? foldedText = null) => Featurise(canonicalText, foldedText, default);

    private SparseFeatures Featurise(string canonicalText, string? foldedText, ReadOnlySpan<float> signals)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        var capacity = Math.Max(canonicalText.Length, foldedText?.Length ?? 0) + 4;
        var tokenStarts = ArrayPool<int>.Shared.Rent(capacity);
        var tokenLengths = ArrayPool<int>.Shared.Rent(capacity);
        var tokenHashes = ArrayPool<uint>.Shared.Rent(capacity);
        var wordSlots = ArrayPool<int>.Shared.Rent(capacity * (Settings.MaxWordNgram + 1) + 4);
        var charSlots = ArrayPool<int>.Shared.Rent((capacity + 2) * (Settings.MaxCharNgram - Settings.MinCharNgram + 1) + 4);
        try
        {
            var tokens = Tokenise(canonicalText, tokenStarts, tokenLengths, tokenHashes);
            var wordCount = WordSlots(tokens, tokenHashes, wordSlots);
            var charCount = CharSlots(canonicalText, tokens, tokenStarts, tokenLengths, charSlots);
            if (foldedText is not null)
            {
                // Folded spellings get their own unigram slots, apart from the canonical words they resolve to.
                var folded = Tokenise(foldedText, tokenStarts, tokenLengths, tokenHashes);
                for (var t = 0; t < folded; t++)
                {
                    wordSlots[wordCount++] = Slot(Mix(tokenHashes[t] ^ FoldedSeed));
                }
            }

            return Combine(wordSlots.AsSpan(0, wordCount), charSlots.AsSpan(0, charCount), signals, _signalStart);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tokenStarts);
            ArrayPool<int>.Shared.Return(tokenLengths);
            ArrayPool<uint>.Shared.Return(tokenHashes);
            ArrayPool<int>.Shared.Return(wordSlots);
            ArrayPool<int>.Shared.Return(charSlots);
        }
    }

    /// <summary>Words are runs of letters and digits; every other visible character (emoji, '!') is a token of its own.</summary>
    private static int Tokenise(string text, int[] starts, int[] lengths, uint[] hashes)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                i += rune.Utf16SequenceLength;
                continue;
            }

            var start = i;
            if (IsWordRune(rune))
            {
                while (i < text.Length)
                {
                    var next = Rune.GetRuneAt(text, i);
                    if (!IsWordRune(next))
                    {
                        break;
                    }

                    i += next.Utf16SequenceLength;
                }

                // A word token is marked by a negative length so the char n-gram pass knows to take it.
                lengths[count] = -(i - start);
            }
            else
            {
                i += rune.Utf16SequenceLength;
                lengths[count] = i - start;
            }

            starts[count] = start;
            hashes[count] = Hash(text.AsSpan(start, i - start), WordSeed);
            count++;
        }

        return count;
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private int WordSlots(int tokens, uint[] hashes, int[] slots)
    {
        var count = 0;
        for (var t = 0; t < tokens; t++)
        {
            slots[count++] = Slot(Mix(hashes[t]));
            if (Settings.MaxWordNgram >= 2 && t + 1 < tokens)
            {
                slots[count++] = Slot(Mix((hashes[t] * BigramSeed) ^ hashes[t + 1]));
            }

            if (Settings.MaxWordNgram >= 3 && t + 2 < tokens)
            {
                slots[count++] = Slot(Mix(((hashes[t] * TrigramSeed) ^ hashes[t + 1]) * BigramSeed ^ hashes[t + 2]));
            }
        }

        return count;
    }

    private int CharSlots(string text, int tokens, int[] starts, int[] lengths, int[] slots)
    {
        var count = 0;
        Span<char> padded = stackalloc char[66];
        for (var t = 0; t < tokens; t++)
        {
            if (lengths[t] >= 0)
            {
                continue;
            }

            // Very long "words" (glued spam, hashes) are capped: their first 64 chars carry the signal.
            var length = Math.Min(-lengths[t], 64);
            padded[0] = ' ';
            text.AsSpan(starts[t], length).CopyTo(padded[1..]);
            padded[length + 1] = ' ';
            var word = padded[..(length + 2)];
            for (var n = Settings.MinCharNgram; n <= Settings.MaxCharNgram; n++)
            {
                for (var s = 0; s + n <= word.Length; s++)
                {
                    slots[count++] = Slot(Mix(Hash(word.Slice(s, n), CharSeed)));
                }
            }
        }

        return count;
    }

    /// <summary>A hashed slot below the reserved signal slots (folded down when it would land on them).</summary>
    private int Slot(uint hash)
    {
        var slot = (int)(hash & _mask);
        return slot >= _signalStart ? slot - WritingSignals.Count : slot;
    }

    private static SparseFeatures Combine(Span<int> words, Span<int> chars, ReadOnlySpan<float> signals, int signalStart)
    {
        words.Sort();
        chars.Sort();
        var wordUnique = Unique(words);
        var charUnique = Unique(chars);
        var indices = new int[wordUnique + charUnique];
        var values = new float[wordUnique + charUnique];
        var wordNorm = Block(words, indices.AsSpan(0, wordUnique), values.AsSpan(0, wordUnique));
        var charNorm = Block(chars, indices.AsSpan(wordUnique), values.AsSpan(wordUnique));
        for (var i = 0; i < wordUnique; i++)
        {
            values[i] *= wordNorm;
        }

        for (var i = wordUnique; i < values.Length; i++)
        {
            values[i] *= charNorm;
        }

        return Merge(indices, values, wordUnique, signals, signalStart);
    }

    private static int Unique(ReadOnlySpan<int> sorted)
    {
        var unique = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                unique++;
            }
        }

        return unique;
    }

    /// <summary>Writes sublinear counts of the sorted slots and returns the factor that L2-normalises the block.</summary>
    private static float Block(ReadOnlySpan<int> sorted, Span<int> indices, Span<float> values)
    {
        var k = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                k++;
                indices[k] = sorted[i];
                values[k] = 0;
            }

            values[k] += 1;
        }

        var sum = 0f;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 1 + MathF.Log(values[i]);
            sum += values[i] * values[i];
        }

        return sum > 0 ? BlockWeight / MathF.Sqrt(sum) : 0;
    }

    /// <summary>Merges the two sorted blocks into one ascending vector, adding values where their slots collide.</summary>
    /// <summary>Non-zero dense signals go after the hashed slots, which all lie below them.</summary>
    private static SparseFeatures Merge(int[] indices, float[] values, int split, ReadOnlySpan<float> signals, int signalStart)
    {
        var a = 0;
        var b = split;
        var collisions = 0;
        while (a < split && b < indices.Length)
        {
            var c = indices[a].CompareTo(indices[b]);
            if (c == 0)
            {
                collisions++;
                a++;
                b++;
            }
            else if (c < 0)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        var dense = 0;
        foreach (var signal in signals)
        {
            dense += signal != 0 ? 1 : 0;
        }

        var outIndices = new int[indices.Length - collisions + dense];
        var outValues = new float[indices.Length - collisions + dense];
        a = 0;
        b = split;
        var o = 0;
        while (a < split || b < indices.Length)
        {
            if (b >= indices.Length || (a < split && indices[a] < indices[b]))
            {
                outIndices[o] = indices[a];
                outValues[o++] = values[a++];
            }
            else if (a >= split || indices[b] < indices[a])
            {
                outIndices[o] = indices[b];
                outValues[o++] = values[b++];
            }
            else
            {
                outIndices[o] = indices[a];
                outValues[o++] = values[a++] + values[b++];
            }
        }

        for (var s = 0; s < signals.Length; s++)
        {
            if (signals[s] != 0)
            {
                outIndices[o] = signalStart + s;
                outValues[o++] = signals[s];
            }
        }

        return new SparseFeatures(outIndices, outValues);
    }

    /// <summary>FNV-1a over UTF-16 code units: stable across runs, unlike string.GetHashCode.</summary>
    private static uint Hash(ReadOnlySpan<char> chars, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in chars)
        {
            h = (h ^ c) * 16777619u;
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
