namespace Moderation.Features;

/// <summary>Turns one block of hashed slots (word n-grams or char n-grams) into ascending unique slots with sublinear,
/// L2-normalised values, and merges the two blocks and the dense signals into the comment's features.</summary>
internal static class SlotBlock
{
    private static readonly float BlockWeight = MathF.Sqrt(0.5f);

    // 1 + ln(count) for the counts a comment has; computed with the same float operations as for a larger count.
    private static readonly float[] Sublinear = Enumerable.Range(0, 256).Select(c => 1 + MathF.Log(c)).ToArray();

    // Below this many slots the runtime's sort (an insertion sort there) is as fast; above it, a comparison sort keeps the
    // worst case (a huge comment) at n log n.
    private const int MinBucketed = 16;
    private const int MaxBucketed = 1 << 14;
    private const int MaxBucketBits = 12;

    /// <summary>Sorts <paramref name="slots"/>, keeps each slot once at its front with 1 + ln(count) scaled so the block has
    /// length sqrt(1/2) in <paramref name="values"/>, and returns how many unique slots there are.</summary>
    public static int Count(Span<int> slots, Span<int> scratch, int hashBits, Span<float> values)
    {
        Sort(slots, scratch, hashBits);
        var unique = 0;
        var i = 0;
        while (i < slots.Length)
        {
            var slot = slots[i];
            var run = i + 1;
            while (run < slots.Length && slots[run] == slot)
            {
                run++;
            }

            slots[unique] = slot;
            values[unique++] = SublinearCount(run - i);
            i = run;
        }

        // Summed in ascending slot order, as the values are laid out: float addition is not associative.
        var sum = 0f;
        for (var k = 0; k < unique; k++)
        {
            sum += values[k] * values[k];
        }

        var norm = sum > 0 ? BlockWeight / MathF.Sqrt(sum) : 0;
        for (var k = 0; k < unique; k++)
        {
            values[k] *= norm;
        }

        return unique;
    }

    /// <summary>Merges the two sorted blocks into one ascending vector, adding values where their slots collide; non-zero
    /// dense signals go after the hashed slots, which all lie below them.</summary>
    public static SparseFeatures Merge(
        ReadOnlySpan<int> words, ReadOnlySpan<float> wordValues, ReadOnlySpan<int> chars, ReadOnlySpan<float> charValues,
        ReadOnlySpan<float> signals, int signalStart)
    {
        var length = MergedLength(words, chars, signals);
        var outIndices = new int[length];
        var outValues = new float[length];
        MergeInto(words, wordValues, chars, charValues, signals, signalStart, outIndices, outValues);
        return new SparseFeatures(outIndices, outValues);
    }

    /// <summary>How many features <see cref="MergeInto"/> writes.</summary>
    public static int MergedLength(ReadOnlySpan<int> words, ReadOnlySpan<int> chars, ReadOnlySpan<float> signals)
    {
        var a = 0;
        var b = 0;
        var collisions = 0;
        while (a < words.Length && b < chars.Length)
        {
            var c = words[a].CompareTo(chars[b]);
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

        return words.Length + chars.Length - collisions + dense;
    }

    /// <summary>As <see cref="Merge"/>, into <paramref name="outIndices"/> and <paramref name="outValues"/> (at least
    /// <see cref="MergedLength"/> long).</summary>
    public static void MergeInto(
        ReadOnlySpan<int> words, ReadOnlySpan<float> wordValues, ReadOnlySpan<int> chars, ReadOnlySpan<float> charValues,
        ReadOnlySpan<float> signals, int signalStart, Span<int> outIndices, Span<float> outValues)
    {
        var a = 0;
        var b = 0;
        var o = 0;
        while (a < words.Length || b < chars.Length)
        {
            if (b >= chars.Length || (a < words.Length && words[a] < chars[b]))
            {
                outIndices[o] = words[a];
                outValues[o++] = wordValues[a++];
            }
            else if (a >= words.Length || chars[b] < words[a])
            {
                outIndices[o] = chars[b];
                outValues[o++] = charValues[b++];
            }
            else
            {
                outIndices[o] = words[a];
                outValues[o++] = wordValues[a++] + charValues[b++];
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
    }

    /// <summary>1 + ln(count), with the count as the float a running float sum of ones reaches (it stops at 2^24).</summary>
    internal static float SublinearCount(int count) =>
        count < Sublinear.Length ? Sublinear[count] : 1 + MathF.Log(Math.Min(count, 1 << 24));

    /// <summary>Ascending sort of slots below 2^<paramref name="hashBits"/>. Hashed slots are spread evenly, so scattering them
    /// into about one bucket per slot by their top bits leaves an insertion sort next to nothing to do.</summary>
    internal static void Sort(Span<int> keys, Span<int> scratch, int hashBits)
    {
        var n = keys.Length;
        if (n < MinBucketed || n > MaxBucketed)
        {
            keys.Sort();
            return;
        }

        var bits = Math.Clamp(32 - int.LeadingZeroCount(n), 4, Math.Min(hashBits, MaxBucketBits));
        var shift = hashBits - bits;
        Span<int> offsets = stackalloc int[1 << bits];
        offsets.Clear();
        foreach (var key in keys)
        {
            offsets[key >> shift]++;
        }

        var sum = 0;
        for (var d = 0; d < offsets.Length; d++)
        {
            var count = offsets[d];
            offsets[d] = sum;
            sum += count;
        }

        var sorted = scratch[..n];
        foreach (var key in keys)
        {
            sorted[offsets[key >> shift]++] = key;
        }

        for (var i = 1; i < n; i++)
        {
            var key = sorted[i];
            var j = i - 1;
            while (j >= 0 && sorted[j] > key)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = key;
        }

        sorted.CopyTo(keys);
    }
}
