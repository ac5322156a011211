using Moderation.Testing;
using Moderation.Training.Corpora;

namespace Moderation.Training.Tests;

/// <summary>The public corpora beside the repository (../shared/data), sampled small so tests stay fast.</summary>
internal static class SharedData
{
        public static string HateSpeechPath => RepositoryLayout.HateSpeechCorpus;

    public static string GamblingPath => RepositoryLayout.GamblingCorpus;

    private static readonly Lazy<Corpus> HateSpeechCorpus = new(() => CorpusReader.Read(HateSpeechPath));

    private static readonly Lazy<Corpus> GamblingCorpus = new(() => CorpusReader.Read(GamblingPath));

    public static Corpus HateSpeech => HateSpeechCorpus.Value;

    public static Corpus Gambling => GamblingCorpus.Value;

    /// <summary>Every n-th row starting at <paramref name="offset"/>: spread over the whole file, so many videos are in it.</summary>
    public static Corpus Sample(Corpus corpus, int every, int offset = 0) =>
        corpus with { Comments = corpus.Comments.Where((_, i) => i % every == offset).ToList() };

}
