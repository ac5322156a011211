namespace Moderation.Cli.Tests;

/// <summary>Where the public corpora are: ../shared/data beside the repository, as on CI.</summary>
internal static class SharedData
{
    public static string Directory { get; } = Locate();

    public static string HateSpeechPath => Path.Combine(Directory, "id-hatespeech-abusive", "re_dataset_train.csv");

    public static string GamblingPath => Path.Combine(Directory, "judol-youtube", "judol_train.csv");

    /// <summary>Writes every n-th data row of a CSV corpus (header kept) to a temporary file.</summary>
    public static string SampleFile(string path, int every)
    {
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        var sample = Path.Combine(System.IO.Directory.CreateTempSubdirectory("cli-sample-").FullName, Path.GetFileName(path));
        File.WriteAllLines(sample, lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % every == 0)), System.Text.Encoding.Latin1);
        return sample;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var beside = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "Moderation.sln")) && System.IO.Directory.Exists(beside))
            {
                return Path.GetFullPath(beside);
            }
        }

        return "/work/shared/data";
    }
}
