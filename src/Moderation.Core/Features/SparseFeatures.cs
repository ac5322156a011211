namespace Moderation.Features;

/// <summary>A comment's features: ascending slot indices with their values (L2-normalised).</summary>
public sealed class SparseFeatures(int[] indices, float[] values)
{
    public int[] Indices { get; } = indices;

    public float[] Values { get; } = values;

    public int Count => Indices.Length;
}
