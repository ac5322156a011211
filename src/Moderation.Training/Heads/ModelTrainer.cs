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
/// train, choose its threshold on validation, refit on train + validation, report on test, save the model directory.
/// The moderators' verdicts, when given, are split the same way and join each head they label in every part; the
/// corpus test metrics stay comparable with earlier models and the review test part is reported on its own.</summary>
public sealed class ModelTrainer(TextNormaliser normaliser, TrainingOptions options, IProgress<TrainingProgress>? progress = null, TimeProvider? clock = null)
{
    /// <summary>Hate-corpus columns that get a head, named as the columns.</summary>
    public static readonly string[] HateSpeechHeads =
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender"];

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private int _done;
    private int _total;

    public TrainingResult Train(
        Corpus hateSpeech, Corpus gambling, string outputDirectory, IReadOnlyCollection<string>? onlyHeads = null, Corpus? reviews = null)
    {
        var started = _clock.GetUtcNow();
        var version = options.Version ?? ModelVersion.At(started);
        var stopwatch = Stopwatch.StartNew();
        var featurizer = new CommentFeaturizer(options.Features);
        var ml = new MLContext(seed: options.Seed);
        var jobs = new List<(Corpus Corpus, string Column, string Head)>();
        jobs.AddRange(HateSpeechHeads.Select(h => (hateSpeech, h, h)));
        jobs.Add((gambling, CorpusReader.GamblingLabel, CorpusReader.GamblingHead));
        if (onlyHeads is { Count: > 0 })
        {
            jobs = jobs.Where(j => onlyHeads.Contains(j.Head)).ToList();
        }

        var corpora = reviews is null ? new[] { hateSpeech, gambling } : [hateSpeech, gambling, reviews];
        _total = corpora.Length + jobs.Count * (options.Refit ? 2 : 1);
        Directory.CreateDirectory(outputDirectory);
        var prepared = new Dictionary<Corpus, (SparseFeatures[] Features, CorpusSplit Split)>();
        var splits = new Dictionary<string, SplitSizes>();
        foreach (var corpus in corpora)
        {
            Step($"featurising the {corpus.Format} {(corpus == reviews ? "export" : "corpus")} ({corpus.Comments.Count} rows)");
            var split = CorpusSplit.ForTraining(corpus, options.Seed, options.ValidationFraction, options.TestFraction);
            prepared[corpus] = (Featurise(featurizer, corpus), split);
            splits[corpus.Format.ToString()] = Sizes(split.Parts);
        }

        var trainer = new HeadTrainer(ml, options);
        var reports = new List<HeadReport>();
        var manifestHeads = new List<ManifestHead>();
        var reviewHeads = new Dictionary<string, ReviewHeadUse>();
        foreach (var (corpus, column, head) in jobs)
        {
            var rows = HeadRows.Of(corpus, column, prepared[corpus]);
            if (reviews is not null && reviews.LabelColumns.Contains(head))
            {
                var fromReviews = HeadRows.Of(reviews, head, prepared[reviews]);
                rows = rows.With(fromReviews);
                var fitted = fromReviews.Rows(SplitPart.Train, SplitPart.Validation);
                reviewHeads[head] = new ReviewHeadUse(
                    fitted.Count(i => fromReviews.Labels[i]), fitted.Count(i => !fromReviews.Labels[i]), fromReviews.Rows(SplitPart.Test).Length);
            }

            var train = rows.Rows(SplitPart.Train);
            var validation = rows.Rows(SplitPart.Validation);

            Step($"fitting {head} on the training split");
            var model = Fit(trainer, head, rows, train);
            var validationScores = Scores(model, rows.Features, validation);
            var validationLabels = validation.Select(i => rows.Labels[i]).ToArray();
            var threshold = BinaryMetrics.BestF1Threshold(validationScores, validationLabels);
            var validationMetrics = BinaryMetrics.Compute(validationScores, validationLabels, threshold);

            if (options.Refit)
            {
                Step($"refitting {head} on train + validation");
                model = Fit(trainer, head, rows, [.. train, .. validation]);
            }

            var test = rows.Rows(SplitPart.Test).Where(i => !rows.FromReviews[i]).ToArray();
            var testMetrics = Measure(model, rows, test, threshold);
            var reviewTest = rows.Rows(SplitPart.Test).Where(i => rows.FromReviews[i]).ToArray();
            var reviewMetrics = reviewTest.Length > 0 ? Measure(model, rows, reviewTest, threshold) : null;
            reports.Add(new HeadReport(head, column, corpus.Format, threshold, validationMetrics, testMetrics, reviewMetrics));
            manifestHeads.Add(Save(ml, model, outputDirectory, threshold, validationMetrics, testMetrics));
        }

        var manifest = new ModelManifest(version, options.Features, manifestHeads, started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        manifest.Write(outputDirectory);
        var usage = reviews is null ? null : new ReviewUsage(
            reviews.Comments.Count, reviews.Comments.Count(c => c.Known is null || c.Known.Any(k => k)), splits[CorpusFormat.Reviews.ToString()], reviewHeads);
        return new TrainingResult(version, options with { Version = version }, reports, splits, stopwatch.Elapsed, usage);
    }

    public SparseFeatures[] Featurise(CommentFeaturizer featurizer, Corpus corpus)
    {
        var features = new SparseFeatures[corpus.Comments.Count];
        Parallel.For(0, features.Length, i => features[i] = featurizer.Featurise(normaliser.Normalise(corpus.Comments[i].Text)));
        return features;
    }

    private static TrainedHead Fit(HeadTrainer trainer, string head, HeadRows data, int[] rows) =>
        trainer.Train(head, rows.Select(i => data.Features[i]).ToArray(), rows.Select(i => data.Labels[i]).ToArray());

    private static BinaryMetrics Measure(TrainedHead head, HeadRows data, int[] rows, float threshold) =>
        BinaryMetrics.Compute(Scores(head, data.Features, rows), rows.Select(i => data.Labels[i]).ToArray(), threshold);

    private static SplitSizes Sizes(IReadOnlyList<SplitPart> parts) =>
        new(parts.Count(p => p == SplitPart.Train), parts.Count(p => p == SplitPart.Validation), parts.Count(p => p == SplitPart.Test));

    private static float[] Scores(TrainedHead head, IReadOnlyList<SparseFeatures> features, int[] rows)
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
