using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Moderation.Features;

namespace Moderation.Scoring;

/// <summary>Loads a trained model directory (model.json plus one ML.NET model and one feature-scale file per head).</summary>
/// <remarks>Each head's ML.NET model is loaded with ML.NET and its linear weights, bias and Platt calibration are
/// taken out, so prediction is one sparse dot product per head with no PredictionEngine.</remarks>
public static class ModelStore
{
    public static LinearModel Load(string directory)
    {
        var manifest = ModelManifest.Read(directory);
        var featurizer = new CommentFeaturizer(manifest.Featurizer);
        var ml = new MLContext(seed: 0);
        var heads = manifest.Heads.Select(h => LoadHead(ml, directory, h, manifest.Featurizer.Dimension)).ToArray();
        return new LinearModel(manifest.Version, featurizer, heads);
    }

    /// <summary>The calibrated linear model inside a saved ML.NET binary-classification model.</summary>
    public static CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> ReadParameters(MLContext ml, string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"model file '{path}' is missing.", path);
        }

        ITransformer transformer;
        try
        {
            transformer = ml.Model.Load(path, out _);
        }
        catch (Exception error) when (error is not IOException and not UnauthorizedAccessException)
        {
            // ML.NET reports a damaged file without naming it ("Failed to open a zip archive").
            throw new InvalidDataException($"'{path}' is not a readable ML.NET model: {error.Message}", error);
        }

        if (transformer is TransformerChain<ITransformer> chain)
        {
            transformer = chain.LastTransformer;
        }

        return (transformer as ISingleFeaturePredictionTransformer<object>)?.Model as CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>
            ?? throw new InvalidDataException($"'{path}' is not a calibrated linear binary classifier.");
    }

    /// <summary>Folds the feature scale into the ML.NET weights: w_i * (s_i * x_i) = (w_i * s_i) * x_i.</summary>
    internal static LinearHead ToHead(string name, CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> parameters, float[] scale, float threshold)
    {
        var modelWeights = parameters.SubModel.Weights;
        var weights = new float[scale.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = modelWeights[i] * scale[i];
        }

        return new LinearHead(name, weights, parameters.SubModel.Bias, (float)parameters.Calibrator.Slope, (float)parameters.Calibrator.Offset, threshold);
    }

    private static LinearHead LoadHead(MLContext ml, string directory, ManifestHead head, int dimension)
    {
        var parameters = ReadParameters(ml, Path.Combine(directory, head.ModelFile));
        var modelWeights = parameters.SubModel.Weights;
        if (modelWeights.Count != dimension)
        {
            throw new InvalidDataException($"head '{head.Name}' has {modelWeights.Count} weights; the featurizer makes {dimension} features.");
        }

        var scale = FeatureScaleFile.Read(Path.Combine(directory, head.ScaleFile), dimension);
        return ToHead(head.Name, parameters, scale, head.Threshold);
    }
}
