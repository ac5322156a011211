using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Corpora;

namespace Moderation.Training.Evaluation;

/// <summary>Scores a labelled corpus with a trained model and measures every label column the model has a head for.</summary>
public sealed class ModelEvaluator(TextNormaliser normaliser, LinearModel model)
{
    /// <summary>The head that covers a corpus column: the gambling corpus's `label` is the Gambling head, the
    /// hate-speech and review-export columns are heads of the same name.</summary>
    public static string HeadFor(Corpus corpus, string column) =>
        corpus.Format == CorpusFormat.Gambling && column == CorpusReader.GamblingLabel ? CorpusReader.GamblingHead : column;

    public IReadOnlyList<LabelScores> Evaluate(Corpus corpus)
    {
        var covered = corpus.LabelColumns
            .Select((column, index) => (Column: column, Index: index, Head: HeadFor(corpus, column)))
            .Where(c => model.Thresholds.ContainsKey(c.Head) && corpus.Labelled(c.Index) > 0)
            .ToList();
        if (covered.Count == 0)
        {
            throw new InvalidDataException("the model has no head for any label column of this file (or no row carries one).");
        }

        var scores = new HeadScores[corpus.Comments.Count];
        Parallel.For(0, scores.Length, i => scores[i] = model.Score(normaliser.Normalise(corpus.Comments[i].Text)));
        return covered.Select(c =>
        {
            var rows = Enumerable.Range(0, scores.Length).Where(i => corpus.Comments[i].IsKnown(c.Index)).ToArray();
            var values = rows.Select(i => scores[i][c.Head]).ToArray();
            var truth = rows.Select(i => corpus.Comments[i].Labels[c.Index]).ToArray();
            return new LabelScores(c.Column, c.Head, values, truth, BinaryMetrics.Compute(values, truth, model.Thresholds[c.Head]), rows);
        }).ToList();
    }
}
