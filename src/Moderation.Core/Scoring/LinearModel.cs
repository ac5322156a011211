using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Scoring;

/// <summary>A loaded model: featurises a comment once and scores every head from those features. Immutable and thread-safe.</summary>
public sealed class LinearModel : IModelScorer
{
    // Weights interleaved by slot (slot * heads + head): one comment's features touch one cache line per slot for all
    // heads, instead of one per slot per head.
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly float[] _slopes;
    private readonly float[] _offsets;

    internal LinearModel(string version, CommentFeaturizer featurizer, LinearHead[] heads)
    {
        Version = version;
        Featurizer = featurizer;
        Heads = heads.Select(h => string.Intern(h.Name)).ToArray();
        Thresholds = heads.ToDictionary(h => h.Name, h => h.Threshold, StringComparer.Ordinal);
        var dimension = featurizer.Settings.Dimension;
        _weights = new float[dimension * heads.Length];
        for (var h = 0; h < heads.Length; h++)
        {
            var weights = heads[h].Weights;
            for (var slot = 0; slot < dimension; slot++)
            {
                _weights[slot * heads.Length + h] = weights[slot];
            }
        }

        _biases = heads.Select(h => h.Bias).ToArray();
        _slopes = heads.Select(h => h.PlattSlope).ToArray();
        _offsets = heads.Select(h => h.PlattOffset).ToArray();
    }

    public string Version { get; }

    public IReadOnlyList<string> Heads { get; }

    /// <summary>The operating threshold of each head, chosen on validation data for the best F1.</summary>
    public IReadOnlyDictionary<string, float> Thresholds { get; }

    public CommentFeaturizer Featurizer { get; }

    // A buffer grown by a huge comment is dropped rather than kept alive for the life of the thread.
    private const int MaxKeptFeatures = 1 << 14;

    [ThreadStatic]
    private static FeatureBuffer? _features;

    /// <summary>Scores the features <see cref="Featurizer"/> gives the text, read from a per-thread buffer.</summary>
    public HeadScores Score(NormalisedText text)
    {
        var buffer = _features ?? new FeatureBuffer();
        _features = null;
        var count = Featurizer.FeaturiseInto(text, buffer);
        var scores = Score(buffer.Indices.AsSpan(0, count), buffer.Values.AsSpan(0, count));
        if (buffer.Capacity <= MaxKeptFeatures)
        {
            _features = buffer;
        }

        return scores;
    }

    public void Locate(NormalisedText text, ReadOnlySpan<ScoreDriver> drivers, List<FeatureSpan> into) =>
        Featurizer.Locate(text, drivers, into);

    /// <summary>Asks for every row the features touch before any is used: the rows are scattered over megabytes, and
    /// fetching them all at once overlaps the cache misses that one row at a time would wait for in turn.</summary>
    private static unsafe void Prefetch(ReadOnlySpan<int> indices, ref float weights, int heads, uint rows)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        foreach (var slot in indices)
        {
            if ((uint)slot < rows)
            {
                ref var row = ref Unsafe.Add(ref weights, (nint)slot * heads);
                Sse.Prefetch0(Unsafe.AsPointer(ref row));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref row, heads - 1)));
            }
        }
    }

    public HeadScores Score(SparseFeatures features)
    {
        if (features.Values.Length != features.Indices.Length)
        {
            throw new ArgumentException("The features have a different number of indices and values.", nameof(features));
        }

        return Score(features.Indices, features.Values);
    }

    private const int MaxKeptProducts = 1 << 15;

    // Each feature's product with every head's weight, kept per thread for choosing the drivers after the dot product.
    [ThreadStatic]
    private static float[]? _products;

    private HeadScores Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var heads = _biases.Length;
        var margins = new float[heads];
        _biases.CopyTo(margins, 0);

        // Every product is stored as it is added, with no branch on it: a branch on the weights would wait for their cache
        // misses, which the prefetch lets the loop overlap.
        var products = _products is { } kept && kept.Length >= indices.Length * heads ? kept : new float[Math.Max(indices.Length * heads, 1024)];
        _products = null;
        var rows = (uint)(_weights.Length / heads);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var margin = ref MemoryMarshal.GetArrayDataReference(margins);
        ref var product = ref MemoryMarshal.GetArrayDataReference(products);
        Prefetch(indices, ref weights, heads, rows);
        for (var i = 0; i < indices.Length; i++)
        {
            var slot = indices[i];
            if ((uint)slot >= rows)
            {
                throw new ArgumentOutOfRangeException("features", slot, "A feature slot lies outside the model's feature space.");
            }

            // Each head's margin gets the same multiply and add, in the same order, as a scalar loop gives it: lanes do not
            // mix, and the JIT does not fuse a separate multiply and add.
            ref var row = ref Unsafe.Add(ref weights, (nint)slot * heads);
            ref var feature = ref Unsafe.Add(ref product, (nint)i * heads);
            var value = values[i];
            var h = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var broadcast = Vector256.Create(value);
                for (; h + Vector256<float>.Count <= heads; h += Vector256<float>.Count)
                {
                    var products8 = Vector256.LoadUnsafe(ref row, (nuint)h) * broadcast;
                    products8.StoreUnsafe(ref feature, (nuint)h);
                    (Vector256.LoadUnsafe(ref margin, (nuint)h) + products8).StoreUnsafe(ref margin, (nuint)h);
                }
            }

            for (; h < heads; h++)
            {
                var one = Unsafe.Add(ref row, h) * value;
                Unsafe.Add(ref feature, h) = one;
                Unsafe.Add(ref margin, h) += one;
            }
        }

        // ML.NET's PlattCalibrator: p = 1 / (1 + exp(slope * margin + offset)).
        ScoreDriver[]? drivers = null;
        for (var h = 0; h < heads; h++)
        {
            margins[h] = 1f / (1f + MathF.Exp(_slopes[h] * margins[h] + _offsets[h]));
            if (margins[h] >= HeadScores.ExplainedFrom)
            {
                drivers ??= new ScoreDriver[heads * HeadScores.DriversPerHead];
                Strongest(products, indices, heads, h, drivers.AsSpan(h * HeadScores.DriversPerHead, HeadScores.DriversPerHead));
            }
        }

        if (products.Length <= MaxKeptProducts)
        {
            _products = products;
        }

        return new HeadScores(Heads, margins, drivers);
    }

    /// <summary>Head <paramref name="head"/>'s strongest positive contributions among the stored products, strongest first:
    /// each one above the weakest kept takes its place.</summary>
    private static void Strongest(float[] products, ReadOnlySpan<int> indices, int heads, int head, Span<ScoreDriver> places)
    {
        var floor = 0f;
        var weakest = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            var contribution = products[i * heads + head];
            if (contribution <= floor)
            {
                continue;
            }

            places[weakest] = new ScoreDriver(indices[i], contribution);
            weakest = 0;
            for (var k = 1; k < places.Length; k++)
            {
                if (places[k].Contribution < places[weakest].Contribution)
                {
                    weakest = k;
                }
            }

            floor = places[weakest].Contribution;
        }

        StrongestFirst(places);
    }

    private static void StrongestFirst(Span<ScoreDriver> places)
    {
        for (var i = 1; i < places.Length; i++)
        {
            var driver = places[i];
            var j = i - 1;
            while (j >= 0 && places[j].Contribution < driver.Contribution)
            {
                places[j + 1] = places[j];
                j--;
            }

            places[j + 1] = driver;
        }
    }
}
