using Moderation.Cli.Commands;
using Moderation.Formats.Audit;
using Moderation.Training.Corpora;

namespace Moderation.Cli.Tests;

/// <summary>Review exports written by the real `export-labels` writer, with verdicts a moderator would give rows of the
/// corpora that the model fixtures do not train on (a different offset of the same sampling).</summary>
internal static class ReviewExports
{
    /// <summary>Hate-corpus rows: HS_Individual → rejected as insult, other HS → hate, abusive only → profanity, the rest
    /// approved. Gambling rows: label 1 → rejected as gambling, the rest approved.</summary>
    public static (string Path, int Rows) Write(int every, int offset)
    {
        var entries = new List<AuditEntry>();
        var at = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var hate = CorpusReader.Read(SharedData.HateSpeechPath);
        var (hs, abusive, individual) = (Column(hate, "HS"), Column(hate, "Abusive"), Column(hate, "HS_Individual"));
        foreach (var comment in hate.Comments.Where((_, i) => i % every == offset))
        {
            var (outcome, category) = comment.Labels[individual] ? ("rejected", "insult")
                : comment.Labels[hs] ? ("rejected", "hate")
                : comment.Labels[abusive] ? ("rejected", "profanity")
                : ("approved", null);
            entries.Add(Verdict(entries.Count, comment.Text, outcome, category, at));
        }

        foreach (var comment in CorpusReader.Read(SharedData.GamblingPath).Comments.Where((_, i) => i % every == offset))
        {
            entries.Add(comment.Labels[0]
                ? Verdict(entries.Count, comment.Text, "rejected", "gambling", at)
                : Verdict(entries.Count, comment.Text, "approved", null, at));
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("cli-reviews-").FullName, "reviews.csv");
        using var writer = new StreamWriter(path);
        return (path, LabelCsv.Write(writer, entries));
    }

    /// <summary>A file with the given content, for the error cases.</summary>
    public static string File(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cli-reviews-").FullName, "reviews.csv");
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static int Column(Corpus corpus, string name) => corpus.LabelColumns.ToList().IndexOf(name);

    private static AuditEntry Verdict(int n, string text, string outcome, string? category, DateTimeOffset at) =>
        new(at.AddSeconds(n), "mod-siti", AuditActions.Decided, $"c-{n}", outcome, category, Text: text);
}
