using System.Diagnostics;
using Microsoft.ML;
using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Corpora;
using Moderation.Training.Evaluation;
using Moderation.Training.Splits;

namespace Moderation.Training.Heads;

/// <summary>The training recipe, top to bottom: normalise and featurise each corpus once, split it, fit every head on
/// train, choose its threshold on validation, refit on train + validation, report on test, save the model directory.</summary>
public sealed class ModelTrainer(TextNormaliser normaliser, TrainingOptions options, IProgress<TrainingProgress>? progress = null)
{
    /// <summary>Hate-corpus columns that get a head, named as the columns.</summary>
    public static readonly string[] HateSpeechHeads =
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender"];

    private int _done;
    private int _total;

    public TrainingResult Train(Corpus hateSpeech, Corpus gambling, string outputDirectory, IReadOnlyCollection<string>? onlyHeads = null)
    {
        var clock = Stopwatch.StartNew();
        var featurizer = new CommentFeaturizer(options.Features);
        var ml = new MLContext(seed: options.Seed);
        var jobs = new List<(Corpus Corpus, string Column, string Head)>();
        jobs.AddRange(HateSpeechHeads.Select(h => (hateSpeech, h, h)));
        jobs.Add((gambling, CorpusReader.GamblingLabel, CorpusReader.GamblingHead));
        if (onlyHeads is { Count: > 0 })
        {
            jobs = jobs.Where(j => onlyHeads.Contains(j.Head)).ToList();
        }

        _total = 2 + jobs.Count * (options.Refit ? 2 : 1);
        Directory.CreateDirectory(outputDirectory);
        var prepared = new Dictionary<Corpus, (SparseFeatures[] Features, CorpusSplit Split)>();
        var splits = new Dictionary<string, SplitSizes>();
        foreach (var corpus in new[] { hateSpeech, gambling })
        {
            Step($"featurising the {corpus.Format} corpus ({corpus.Comments.Count} rows)");
            var stratify = corpus.Format == CorpusFormat.HateSpeech
                ? new[] { corpus.LabelColumns.ToList().IndexOf("HS"), corpus.LabelColumns.ToList().IndexOf("Abusive") }
                : [0];
            var split = CorpusSplit.Create(corpus, options.Seed, options.ValidationFraction, options.TestFraction, stratify);
            prepared[corpus] = (Featurise(featurizer, corpus), split);
            splits[corpus.Format.ToString()] = new SplitSizes(
                split.Parts.Count(p => p == SplitPart.Train), split.Parts.Count(p => p == SplitPart.Validation), split.Parts.Count(p => p == SplitPart.Test));
        }

        var trainer = new HeadTrainer(ml, options);
        var reports = new List<HeadReport>();
        var manifestHeads = new List<ManifestHead>();
        foreach (var (corpus, column, head) in jobs)
        {
            var (features, split) = prepared[corpus];
            var label = corpus.LabelColumns.ToList().IndexOf(column);
            var labels = corpus.Comments.Select(c => c.Labels[label]).ToArray();
            int[] Rows(params SplitPart[] parts) => Enumerable.Range(0, labels.Length).Where(i => parts.Contains(split.Parts[i])).ToArray();
            var train = Rows(SplitPart.Train);
            var validation = Rows(SplitPart.Validation);
            var test = Rows(SplitPart.Test);

            Step($"fitting {head} on the training split");
            var fitted = Fit(trainer, head, features, labels, train);
            var validationScores = Scores(fitted, features, validation);
            var validationLabels = validation.Select(i => labels[i]).ToArray();
            var threshold = BinaryMetrics.BestF1Threshold(validationScores, validationLabels);
            var validationMetrics = BinaryMetrics.Compute(validationScores, validationLabels, threshold);

            if (options.Refit)
            {
                Step($"refitting {head} on train + validation");
                fitted = Fit(trainer, head, features, labels, [.. train, .. validation]);
            }

            var testMetrics = BinaryMetrics.Compute(Scores(fitted, features, test), test.Select(i => labels[i]).ToArray(), threshold);
            reports.Add(new HeadReport(head, column, corpus.Format, threshold, validationMetrics, testMetrics));
            manifestHeads.Add(Save(ml, fitted, outputDirectory, threshold, validationMetrics, testMetrics));
        }

        var manifest = new ModelManifest(options.Version, options.Features, manifestHeads, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        manifest.Write(outputDirectory);
        return new TrainingResult(options.Version, options, reports, splits, clock.Elapsed);
    }

    public SparseFeatures[] Featurise(CommentFeaturizer featurizer, Corpus corpus)
    {
        var features = new SparseFeatures[corpus.Comments.Count];
        Parallel.For(0, features.Length, i => features[i] = featurizer.Featurise(normaliser.Normalise(corpus.Comments[i].Text)));
        return features;
    }

    private static TrainedHead Fit(HeadTrainer trainer, string head, SparseFeatures[] features, bool[] labels, int[] rows) =>
        trainer.Train(head, rows.Select(i => features[i]).ToArray(), rows.Select(i => labels[i]).ToArray());

    private static float[] Scores(TrainedHead head, SparseFeatures[] features, int[] rows)
    {
        var linear = ModelStore.ToHead(head.Name, head.Parameters, head.Scale, 0.5f);
        return rows.Select(i => linear.Probability(features[i])).ToArray();
    }

    private static ManifestHead Save(MLContext ml, TrainedHead head, string directory, float threshold, BinaryMetrics validation, BinaryMetrics test)
    {
        var modelFile = $"{head.Name}.zip";
        var scaleFile = $"{head.Name}.scale.bin";
        ml.Model.Save(head.Transformer, head.Schema, Path.Combine(directory, modelFile));

        // Only slots with a non-zero weight matter at prediction time, so only their scale is kept.
        var weights = head.Parameters.SubModel.Weights;
        var indices = new List<int>();
        var values = new List<float>();
        for (var i = 0; i < head.Scale.Length; i++)
        {
            if (weights[i] != 0 && head.Scale[i] != 0)
            {
                indices.Add(i);
                values.Add(head.Scale[i]);
            }
        }

        FeatureScaleFile.Write(Path.Combine(directory, scaleFile), indices, values);
        return new ManifestHead(head.Name, modelFile, scaleFile, threshold, new Dictionary<string, HeadMetrics>
        {
            ["validation"] = ToHeadMetrics(validation),
            ["test"] = ToHeadMetrics(test),
        });
    }

    private static HeadMetrics ToHeadMetrics(BinaryMetrics m) => new(m.Precision, m.Recall, m.F1, m.Auc, m.Support, m.Count);

    private void Step(string stage) => progress?.Report(new TrainingProgress(_done++, _total, stage));
}
