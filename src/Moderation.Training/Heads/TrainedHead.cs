using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Moderation.Training.Heads;

/// <summary>A head fresh from ML.NET: the fitted transformer (what is saved), the schema it was fitted on, and the
/// feature scale its input was multiplied by.</summary>
public sealed class TrainedHead(
    string name,
    BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> transformer,
    DataViewSchema schema,
    float[] scale)
{
    public string Name { get; } = name;

    public BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> Transformer { get; } = transformer;

    public DataViewSchema Schema { get; } = schema;

    public float[] Scale { get; } = scale;

    public CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> Parameters => Transformer.Model;
}
