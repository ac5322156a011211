namespace Moderation.Scoring;

/// <summary>Reads and writes a head's per-feature scale (the NB log-count ratios its ML.NET model was trained on),
/// kept only for the slots where the model has a non-zero weight.</summary>
public static class FeatureScaleFile
{
    private const int Magic = 0x3153424E; // "NBS1"

    public static void Write(string path, IReadOnlyList<int> indices, IReadOnlyList<float> values)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(indices.Count);
        foreach (var index in indices)
        {
            writer.Write(index);
        }

        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Returns the dense scale over <paramref name="dimension"/> slots; slots not in the file scale by 0.</summary>
    public static float[] Read(string path, int dimension)
    {
        try
        {
            return ReadScale(path, dimension);
        }
        catch (EndOfStreamException error)
        {
            throw new InvalidDataException($"'{path}' is truncated: it ends before the slots it announces.", error);
        }
    }

    private static float[] ReadScale(string path, int dimension)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException($"'{path}' is not a feature scale file.");
        }

        var count = reader.ReadInt32();
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = reader.ReadInt32();
            if ((uint)indices[i] >= (uint)dimension)
            {
                throw new InvalidDataException($"'{path}' has a slot outside the feature space.");
            }
        }

        var scale = new float[dimension];
        for (var i = 0; i < count; i++)
        {
            scale[indices[i]] = reader.ReadSingle();
        }

        return scale;
    }
}
