namespace Moderation.Benchmarks;

/// <summary>Where the benchmarks find the model, the comments and the corpus, from wherever BenchmarkDotNet runs them.</summary>
internal static class Repository
{
    private static readonly string Root = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    public static string HateSpeechCorpus =>
        Path.Combine(Root, "..", "shared", "data", "id-hatespeech-abusive", "re_dataset_train.csv");

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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moderation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (no Moderation.sln found above " + AppContext.BaseDirectory + ").");
    }
}
