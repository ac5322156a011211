namespace Moderation.Testing;

/// <summary>The repository the tests and benchmarks run from, found by walking up from their binaries to Moderation.sln,
/// and the public corpora beside it (../shared/data, as on CI). Compiled into every project under tests/.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    public static string ShippedPolicy => Path.Combine(Models, "policy.json");

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string HateSpeechCorpus => Path.Combine(SharedData, "id-hatespeech-abusive", "re_dataset_train.csv");

    public static string GamblingCorpus => Path.Combine(SharedData, "judol-youtube", "judol_train.csv");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moderation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Run from inside the repository: no Moderation.sln above {AppContext.BaseDirectory}.");
    }
}
