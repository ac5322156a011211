using Moderation.Testing;

namespace Moderation.Benchmarks;

/// <summary>Where the benchmarks find the model, the comments and the corpus, from wherever BenchmarkDotNet runs them.</summary>
internal static class Repository
{
    private static string Root => RepositoryLayout.Root;

    public static string Models => RepositoryLayout.Models;

    public static string HateSpeechCorpus => RepositoryLayout.HateSpeechCorpus;

    public static string[] Comments(int expected)
    {
        var comments = File.ReadAllLines(Path.Combine(Root, "tests", "Moderation.Benchmarks", "comments.txt"))
            .Where(line => line.Length > 0)
            .ToArray();
        if (comments.Length != expected)
        {
            throw new InvalidOperationException($"comments.txt has {comments.Length} comments; the benchmark counts {expected}.");
        }

        return comments;
    }

}
