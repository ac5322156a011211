namespace Moderation.Training.Corpora;

/// <summary>A labelled corpus: which file format it came from, its label columns (the file's names) and its rows.</summary>
public sealed record Corpus(CorpusFormat Format, IReadOnlyList<string> LabelColumns, IReadOnlyList<LabelledComment> Comments)
{
    public int Positives(int label) => Comments.Count(c => c.IsKnown(label) && c.Labels[label]);

    /// <summary>Rows that carry this label (every row of a corpus; in a review export only the verdicts that speak to it).</summary>
    public int Labelled(int label) => Comments.Count(c => c.IsKnown(label));
}
