using Microsoft.ML.Data;

namespace Moderation.Training.Heads;

/// <summary>One training row as ML.NET sees it: a label and the sparse feature vector.</summary>
public sealed class FeatureRow
{
    public bool Label { get; set; }

    public VBuffer<float> Features { get; set; }
}
