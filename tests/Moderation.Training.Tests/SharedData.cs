using Moderation.Training.Corpora;

namespace Moderation.Training.Tests;

/// <summary>The public corpora beside the repository (../shared/data), sampled small so tests stay fast.</summary>
internal static class SharedData
{
    public static string Directory { get; } = Locate();

    public static string HateSpeechPath => Path.Combine(Directory, "id-hatespeech-abusive", "re_dataset_train.csv");

    public static string GamblingPath => Path.Combine(Directory, "judol-youtube", "judol_train.csv");

    private static readonly Lazy<Corpus> HateSpeechCorpus = new(() => CorpusReader.Read(HateSpeechPath));

    private static readonly Lazy<Corpus> GamblingCorpus = new(() => CorpusReader.Read(GamblingPath));

    public static Corpus HateSpeech => HateSpeechCorpus.Value;

    public static Corpus Gambling => GamblingCorpus.Value;

    /// <summary>Every n-th row starting at <paramref name="offset"/>: spread over the whole file, so many videos are in it.</summary>
    public static Corpus Sample(Corpus corpus, int every, int offset = 0) =>
        corpus with { Comments = corpus.Comments.Where((_, i) => i % every == offset).ToList() };

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Moderation.sln")))
            {
                var beside = Path.Combine(dir.FullName, "..", "shared", "data");
                if (System.IO.Directory.Exists(beside))
                {
                    return Path.GetFullPath(beside);
                }
            }
        }

        return "/work/shared/data";
    }
}
