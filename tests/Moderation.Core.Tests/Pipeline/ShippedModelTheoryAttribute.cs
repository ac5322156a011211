using Moderation.Core.Tests.Policy;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>A theory that runs against the trained model shipped in models/, and is skipped (saying why) until one is there.</summary>
public sealed class ShippedModelTheoryAttribute : TheoryAttribute
{
    public ShippedModelTheoryAttribute()
    {
        if (!File.Exists(ModelFile))
        {
            Skip = $"no trained model at {ModelFile} yet";
        }
    }

    public static string Directory => Path.GetDirectoryName(PolicyJson.ShippedPath)!;

    private static string ModelFile => Path.Combine(Directory, "model.json");
}
