using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Evaluation;

namespace Moderation.Training.Tests.Heads;

[Collection(SampleModelCollection.Name)]
public class TrainingEndToEndTests(SampleModelFixture fixture)
{
    [Fact]
    public void Names_the_model_after_the_time_of_the_run_when_no_version_is_given()
    {
        ModelStore.Load(fixture.Directory).Version.Should().Be("2031-02-03.040506");
        ModelManifest.Read(fixture.Directory).TrainedAt.Should().Be("2031-02-03T04:05:06Z");
    }

    [Fact]
    public void Writes_a_model_that_loads_with_every_head()
    {
        var model = ModelStore.Load(fixture.Directory);

        model.Heads.Should().Equal("HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "Gambling");
        model.Thresholds.Values.Should().OnlyContain(t => t > 0 && t < 1);
    }

    [Theory]
    [InlineData("Gambling", true)]
    [InlineData("HS", false)]
    [InlineData("Abusive", false)]
    public void Only_the_heads_chosen_for_them_read_the_writing_signals(string head, bool reads)
    {
        var settings = fixture.Options.Features;
        var manifestHead = ModelManifest.Read(fixture.Directory).Heads.Single(h => h.Name == head);

        var scale = FeatureScaleFile.Read(Path.Combine(fixture.Directory, manifestHead.ScaleFile), settings.Dimension);

        scale.Skip(settings.SignalStart).Any(s => s != 0).Should().Be(reads);
    }

    [Fact]
    public void Scores_unseen_comments_with_probabilities()
    {
        var model = ModelStore.Load(fixture.Directory);
        var normaliser = new TextNormaliser();

        var scores = SharedData.Sample(SharedData.Gambling, every: 40, offset: 7).Comments
            .Select(c => model.Score(normaliser.Normalise(c.Text))).ToList();

        scores.SelectMany(s => s.Values).Should().OnlyContain(v => v >= 0 && v <= 1);
    }

    [Fact]
    public void Separates_unseen_gambling_promotion_better_than_chance()
    {
        var unseen = SharedData.Sample(SharedData.Gambling, every: 40, offset: 13);

        var result = new ModelEvaluator(new TextNormaliser(), ModelStore.Load(fixture.Directory)).Evaluate(unseen).Single();

        result.Label.Should().Be("label");
        result.Metrics.Auc.Should().BeGreaterThan(0.8);
    }

    [Fact]
    public void Separates_unseen_abusive_tweets_better_than_chance()
    {
        var unseen = SharedData.Sample(SharedData.HateSpeech, every: 25, offset: 11);

        var results = new ModelEvaluator(new TextNormaliser(), ModelStore.Load(fixture.Directory)).Evaluate(unseen);

        results.Single(r => r.Label == "Abusive").Metrics.Auc.Should().BeGreaterThan(0.7);
    }

    [Fact]
    public void Writes_validation_and_test_metrics_into_the_manifest()
    {
        var manifest = ModelManifest.Read(fixture.Directory);

        manifest.Heads.Should().OnlyContain(h => h.Metrics != null && h.Metrics.ContainsKey("validation") && h.Metrics.ContainsKey("test"));
        manifest.Featurizer.Should().Be(fixture.Options.Features);
    }
}
