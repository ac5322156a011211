namespace Moderation.Training.Corpora;

/// <summary>A labelled corpus: which file format it came from, its label columns (the file's names) and its rows.</summary>
public sealed record Corpus(CorpusFormat Format, IReadOnlyList<string> LabelColumns, IReadOnlyList<LabelledComment> Comments)
{
    public int Positives(int label) => Comments.Count(c => c.Labels[label]);
}
