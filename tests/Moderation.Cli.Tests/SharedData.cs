using Moderation.Testing;

namespace Moderation.Cli.Tests;

/// <summary>Where the public corpora are: ../shared/data beside the repository, as on CI.</summary>
internal static class SharedData
{
    public static string HateSpeechPath => RepositoryLayout.HateSpeechCorpus;

    public static string GamblingPath => RepositoryLayout.GamblingCorpus;

    /// <summary>Writes every n-th data row of a CSV corpus (header kept) to a temporary file, bytes unchanged (Latin-1 in and
    /// out, as the hate-speech corpus is not valid UTF-8). Rows are CSV records: a quoted comment may span lines.</summary>
    public static string SampleFile(string path, int every)
    {
        var records = Records(File.ReadAllText(path, System.Text.Encoding.Latin1));
        var sample = Path.Combine(System.IO.Directory.CreateTempSubdirectory("cli-sample-").FullName, Path.GetFileName(path));
        File.WriteAllText(sample, string.Concat(records.Take(1).Concat(records.Skip(1).Where((_, i) => i % every == 0))), System.Text.Encoding.Latin1);
        return sample;
    }

    /// <summary>The file's records, each with its own line ending.</summary>
    private static List<string> Records(string content)
    {
        var records = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '"')
            {
                quoted = !quoted;
            }
            else if (content[i] == '\n' && !quoted)
            {
                records.Add(content[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < content.Length)
        {
            records.Add(content[start..] + "\n");
        }

        return records;
    }
}
