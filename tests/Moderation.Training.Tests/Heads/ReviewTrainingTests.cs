using Moderation.Features;
using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Corpora;
using Moderation.Training.Heads;
using Moderation.Training.Splits;

namespace Moderation.Training.Tests.Heads;

/// <summary>Training with the moderators' verdicts: the HS and Gambling heads on the sample corpora plus a review export in
/// which moderators rejected adverts for a gambling brand the corpora never mention.</summary>
[Collection(SampleModelCollection.Name)]
public class ReviewTrainingTests(SampleModelFixture sample)
{
    private const string Brand = "kwernix";

    [Fact]
    public void Learns_what_the_moderators_rejected()
    {
        var retrained = ModelStore.Load(Retrained.Instance.Directory);
        var original = ModelStore.Load(sample.Directory);
        var text = new TextNormaliser().Normalise($"mampir ke {Brand} bosku");

        retrained.Score(text)["Gambling"].Should().BeGreaterThan(original.Score(text)["Gambling"] + 0.2f);
    }

    [Fact]
    public void Keeps_the_review_test_part_out_of_the_corpus_test_metrics()
    {
        var result = Retrained.Instance.Result;

        result.Heads.Single(h => h.Head == "Gambling").Test.Count.Should().Be(result.Splits["Gambling"].Test);
        result.Heads.Single(h => h.Head == "HS").Test.Count.Should().Be(result.Splits["HateSpeech"].Test);
    }

    [Fact]
    public void Reports_the_held_out_verdicts_each_head_speaks_to()
    {
        var reviews = Retrained.Instance.Reviews;
        var split = CorpusSplit.ForTraining(reviews, TrainingOptions.Default.Seed, 0.15, 0.15);
        var gambling = reviews.LabelColumns.ToList().IndexOf("Gambling");
        var heldOut = reviews.Comments.Where((c, i) => split.Parts[i] == SplitPart.Test && c.IsKnown(gambling)).Count();

        heldOut.Should().BeGreaterThan(0);
        Retrained.Instance.Result.Heads.Single(h => h.Head == "Gambling").ReviewTest!.Count.Should().Be(heldOut);
        Retrained.Instance.Result.Reviews!.Heads["Gambling"].Test.Should().Be(heldOut);
    }

    [Fact]
    public void Counts_the_verdicts_it_read_and_those_that_label_a_head()
    {
        var usage = Retrained.Instance.Result.Reviews!;

        usage.Rows.Should().Be(Retrained.Instance.Reviews.Comments.Count);
        usage.Labelling.Should().Be(usage.Rows - Retrained.ThreatRows);
        (usage.Split.Train + usage.Split.Validation + usage.Split.Test).Should().Be(usage.Rows);
    }

    /// <summary>The retrained model, trained once for the class: 80 rejected adverts for <see cref="Brand"/>, 80 approved ordinary comments, and
    /// <see cref="ThreatRows"/> threats (which label no head).</summary>
    public sealed class Retrained
    {
        public const int ThreatRows = 5;

        private static readonly Lazy<Retrained> Shared = new(() => new Retrained());

        private Retrained()
        {
            var lines = new List<string> { ReviewLabels.Header };
            for (var i = 0; i < 80; i++)
            {
                lines.Add($"g-{i},cek {Brand} {i} sekarang juga,gambling,rejected,m,");
                lines.Add($"a-{i},berita ini bagus sekali nomor {i} terima kasih redaksi,,approved,m,");
            }

            for (var i = 0; i < ThreatRows; i++)
            {
                lines.Add($"t-{i},awas kau {i} kubunuh,threat,rejected,m,");
            }

            var path = Path.GetTempFileName();
            File.WriteAllLines(path, lines);
            Reviews = CorpusReader.Read(path, CorpusFormat.Reviews);
            Directory = System.IO.Directory.CreateTempSubdirectory("review-model-").FullName;
            var options = TrainingOptions.Default with { Features = new FeatureSettings(HashBits: 14, WritingSignals: true), Version = "reviews.1" };
            Result = new ModelTrainer(new TextNormaliser(), options).Train(
                SharedData.Sample(SharedData.HateSpeech, every: 25), SharedData.Sample(SharedData.Gambling, every: 40), Directory, ["HS", "Gambling"], Reviews);
        }

        public static Retrained Instance => Shared.Value;

        public Corpus Reviews { get; }

        public string Directory { get; }

        public TrainingResult Result { get; }
    }
}
