using Moderation.Training.Corpora;

namespace Moderation.Training.Splits;

/// <summary>A seeded three-way split that keeps each group (a video, or copies of one text) in one part and
/// stratifies groups by their labels.</summary>
public sealed class CorpusSplit
{
    private CorpusSplit(SplitPart[] parts) => Parts = parts;

    /// <summary>The part of each corpus row, in corpus order.</summary>
    public IReadOnlyList<SplitPart> Parts { get; }

    public IReadOnlyList<LabelledComment> Select(Corpus corpus, params SplitPart[] parts) =>
        corpus.Comments.Where((_, i) => parts.Contains(Parts[i])).ToList();

    /// <summary>The split `train` uses for a corpus of this format: hate speech stratified by HS and Abusive, gambling by its
    /// label, a review export by HS, Abusive and Gambling. `evaluate --split` rebuilds it from the same seed.</summary>
    public static CorpusSplit ForTraining(Corpus corpus, int seed, double validation, double test)
    {
        var columns = corpus.LabelColumns.ToList();
        int[] stratify = corpus.Format switch
        {
            CorpusFormat.HateSpeech => [columns.IndexOf("HS"), columns.IndexOf("Abusive")],
            CorpusFormat.Reviews => [columns.IndexOf("HS"), columns.IndexOf("Abusive"), columns.IndexOf(CorpusReader.GamblingHead)],
            _ => [0],
        };
        return Create(corpus, seed, validation, test, stratify);
    }

    /// <param name="stratifyBy">Label columns whose (majority) values define a group's stratum.</param>
    public static CorpusSplit Create(Corpus corpus, int seed, double validation = 0.15, double test = 0.15, params int[] stratifyBy)
    {
        if (validation <= 0 || test <= 0 || validation + test >= 1)
        {
            throw new ArgumentException("validation and test fractions must be positive and leave rows for training.");
        }

        var targets = new[] { 1 - validation - test, validation, test };
        var groups = corpus.Comments
            .Select((comment, index) => (comment, index))
            .GroupBy(x => x.comment.Group, StringComparer.Ordinal)
            .Select(g => (Rows: g.Select(x => x.index).ToArray(), Stratum: Stratum(g.Select(x => x.comment).ToList(), stratifyBy)))
            .OrderBy(g => g.Rows[0])
            .ToList();

        var parts = new SplitPart[corpus.Comments.Count];
        var random = new Random(seed);
        foreach (var stratum in groups.GroupBy(g => g.Stratum, StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            // Seeded shuffle; each group then goes to the part furthest below its share of this stratum's rows.
            var ordered = stratum.Select(g => (g.Rows, Key: random.Next())).OrderBy(g => g.Key).ToList();
            var total = ordered.Sum(g => g.Rows.Length);
            var assigned = new double[3];
            foreach (var (rows, _) in ordered)
            {
                var part = 0;
                var bestDeficit = double.MinValue;
                for (var p = 0; p < 3; p++)
                {
                    var deficit = (targets[p] * total - assigned[p]) / targets[p];
                    if (deficit > bestDeficit)
                    {
                        bestDeficit = deficit;
                        part = p;
                    }
                }

                assigned[part] += rows.Length;
                foreach (var row in rows)
                {
                    parts[row] = (SplitPart)part;
                }
            }
        }

        return new CorpusSplit(parts);
    }

    private static string Stratum(IReadOnlyList<LabelledComment> rows, int[] labels) =>
        string.Concat(labels.Select(l => rows.Count(r => r.Labels[l]) * 2 >= rows.Count ? '1' : '0'));
}
