namespace Moderation.Features;

/// <summary>Room for one comment's features, reused from comment to comment by one thread so that scoring allocates no
/// feature vector.</summary>
internal sealed class FeatureBuffer
{
    public int[] Indices { get; private set; } = new int[512];

    public float[] Values { get; private set; } = new float[512];

    public int Capacity => Indices.Length;

    public void EnsureCapacity(int count)
    {
        if (count > Indices.Length)
        {
            var capacity = Math.Max(count, Indices.Length * 2);
            Indices = new int[capacity];
            Values = new float[capacity];
        }
    }
}
