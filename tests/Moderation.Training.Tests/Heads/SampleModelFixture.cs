using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Training.Corpora;
using Moderation.Training.Heads;

namespace Moderation.Training.Tests.Heads;

/// <summary>Trains one small model on samples of both corpora (about 400 rows each) into a temporary directory, with no
/// version given and the clock at <see cref="TrainedAt"/>.</summary>
public sealed class SampleModelFixture
{
    public SampleModelFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("sample-model-").FullName;
        HateSpeech = SharedData.Sample(SharedData.HateSpeech, every: 25);
        Gambling = SharedData.Sample(SharedData.Gambling, every: 40);
        Options = TrainingOptions.Default with { Features = new FeatureSettings(HashBits: 14, WritingSignals: true) };
        Result = new ModelTrainer(new TextNormaliser(), Options, clock: new FixedClock(TrainedAt)).Train(HateSpeech, Gambling, Directory);
    }

    public static DateTimeOffset TrainedAt { get; } = new(2031, 2, 3, 4, 5, 6, TimeSpan.Zero);

    public string Directory { get; }

    public Corpus HateSpeech { get; }

    public Corpus Gambling { get; }

    public TrainingOptions Options { get; }

    public TrainingResult Result { get; }
}
