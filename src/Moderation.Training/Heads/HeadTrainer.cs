using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Moderation.Features;

namespace Moderation.Training.Heads;

/// <summary>Fits one head with ML.NET: naive-Bayes log-count-ratio scaling of the shared features (NB-LR), then
/// L-BFGS logistic regression on the scaled sparse vectors.</summary>
public sealed class HeadTrainer(MLContext ml, TrainingOptions options)
{
    public TrainedHead Train(string name, IReadOnlyList<SparseFeatures> features, IReadOnlyList<bool> labels)
    {
        var dimension = options.Features.Dimension;
        var scale = options.NbAlpha > 0 ? LogCountRatios(features, labels, dimension, options.NbAlpha) : Enumerable.Repeat(1f, dimension).ToArray();

        // Dense writing signals are graded values, not presence counts: a log-count ratio would mute the ones both classes
        // have, so they enter the regression as they are, for the heads they help on validation, and not at all for the others.
        var signalScale = options.SignalHeads.Contains(name) ? 1f : 0f;
        Array.Fill(scale, signalScale, options.Features.SignalStart, dimension - options.Features.SignalStart);
        var data = Load(ml, features, labels, scale, dimension);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = options.L1,
            L2Regularization = options.L2For(name),
            OptimizationTolerance = 1e-6f,
            HistorySize = 20,
            MaximumNumberOfIterations = 400,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var transformer = trainer.Fit(data);
        return new TrainedHead(name, transformer, data.Schema, scale);
    }

    /// <summary>The ML.NET view of featurised rows, each row's values multiplied by the head's scale.</summary>
    public static IDataView Load(MLContext ml, IReadOnlyList<SparseFeatures> features, IReadOnlyList<bool> labels, float[] scale, int dimension)
    {
        var rows = new List<FeatureRow>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            rows.Add(new FeatureRow { Label = labels[i], Features = Scaled(features[i], scale, dimension) });
        }

        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    public static VBuffer<float> Scaled(SparseFeatures features, float[] scale, int dimension)
    {
        var values = new float[features.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = features.Values[i] * scale[features.Indices[i]];
        }

        return new VBuffer<float>(dimension, features.Count, values, (int[])features.Indices.Clone());
    }

    /// <summary>r_j = log((p_j / |p|) / (q_j / |q|)) with p, q the smoothed counts of positive and negative rows having
    /// feature j (Wang and Manning 2012). Slots no training row has get 0, so they carry no weight.</summary>
    public static float[] LogCountRatios(IReadOnlyList<SparseFeatures> features, IReadOnlyList<bool> labels, int dimension, float alpha)
    {
        var positive = new float[dimension];
        var negative = new float[dimension];
        var seen = new bool[dimension];
        for (var i = 0; i < features.Count; i++)
        {
            var counts = labels[i] ? positive : negative;
            foreach (var index in features[i].Indices)
            {
                counts[index] += 1;
                seen[index] = true;
            }
        }

        double positiveTotal = alpha * (double)dimension, negativeTotal = alpha * (double)dimension;
        for (var j = 0; j < dimension; j++)
        {
            positiveTotal += positive[j];
            negativeTotal += negative[j];
        }

        var ratios = new float[dimension];
        for (var j = 0; j < dimension; j++)
        {
            if (seen[j])
            {
                ratios[j] = (float)Math.Log((positive[j] + alpha) / positiveTotal / ((negative[j] + alpha) / negativeTotal));
            }
        }

        return ratios;
    }
}
