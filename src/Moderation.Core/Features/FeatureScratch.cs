namespace Moderation.Features;

/// <summary>The scratch buffers of one featurisation, kept per thread so that a call allocates only its result.</summary>
internal sealed class FeatureScratch
{
    // Buffers grown by a huge comment are dropped rather than kept alive for the life of the thread.
    private const int MaxKeptCapacity = 1 << 14;

    [ThreadStatic]
    private static FeatureScratch? _current;

    private FeatureScratch(int capacity)
    {
        Slots = new int[capacity];
        Sorted = new int[capacity];
        Values = new float[capacity];
    }

    /// <summary>Hashed slots as emitted, one region per block.</summary>
    public int[] Slots { get; }

    /// <summary>Room for the sort to scatter one block into.</summary>
    public int[] Sorted { get; }

    /// <summary>Each block's values, in the same regions as <see cref="Slots"/>.</summary>
    public float[] Values { get; }

    /// <summary>This thread's scratch with room for <paramref name="capacity"/> slots (or a new one); give it back with <see cref="Return"/>.</summary>
    public static FeatureScratch Rent(int capacity)
    {
        var scratch = _current;
        _current = null;
        return scratch is not null && scratch.Slots.Length >= capacity ? scratch : new FeatureScratch(Math.Max(capacity, 1024));
    }

    public static void Return(FeatureScratch scratch)
    {
        if (scratch.Slots.Length <= MaxKeptCapacity)
        {
            _current = scratch;
        }
    }
}
