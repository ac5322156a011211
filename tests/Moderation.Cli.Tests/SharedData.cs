using Moderation.Testing;

namespace Moderation.Cli.Tests;

/// <summary>Where the public corpora are: ../shared/data beside the repository, as on CI.</summary>
internal static class SharedData
{
    public static string HateSpeechPath => RepositoryLayout.HateSpeechCorpus;

    public static string GamblingPath => RepositoryLayout.GamblingCorpus;

    /// <summary>Writes every n-th data row of a CSV corpus (header kept) to a temporary file.</summary>
    public static string SampleFile(string path, int every)
    {
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        var sample = Path.Combine(System.IO.Directory.CreateTempSubdirectory("cli-sample-").FullName, Path.GetFileName(path));
        File.WriteAllLines(sample, lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % every == 0)), System.Text.Encoding.Latin1);
        return sample;
    }
}
