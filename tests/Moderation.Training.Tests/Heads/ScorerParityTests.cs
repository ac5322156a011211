using Microsoft.ML;
using Microsoft.ML.Data;
using Moderation.Normalisation;
using Moderation.Scoring;
using Moderation.Training.Heads;

namespace Moderation.Training.Tests.Heads;

[Collection(SampleModelCollection.Name)]
public class ScorerParityTests(SampleModelFixture fixture)
{
    [Theory]
    [InlineData("HS")]
    [InlineData("Abusive")]
    [InlineData("Gambling")]
    public void Gives_the_probabilities_ml_net_gives_for_the_same_features(string head)
    {
        var model = ModelStore.Load(fixture.Directory);
        var manifestHead = ModelManifest.Read(fixture.Directory).Heads.Single(h => h.Name == head);
        var dimension = fixture.Options.Features.Dimension;
        var normaliser = new TextNormaliser();
        var comments = fixture.HateSpeech.Comments.Take(60).Concat(fixture.Gambling.Comments.Take(60)).ToList();
        var features = comments.Select(c => model.Featurizer.Featurise(normaliser.Normalise(c.Text))).ToArray();

        // ML.NET's own route: load the saved model and transform the scaled features it was trained on.
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(Path.Combine(fixture.Directory, manifestHead.ModelFile), out _);
        var scale = FeatureScaleFile.Read(Path.Combine(fixture.Directory, manifestHead.ScaleFile), dimension);
        var view = HeadTrainer.Load(ml, features, features.Select(_ => false).ToArray(), scale, dimension);
        var expected = transformer.Transform(view).GetColumn<float>("Probability").ToArray();

        var direct = features.Select(f => model.Score(f)[head]).ToArray();

        expected.Should().HaveCount(direct.Length);
        for (var i = 0; i < direct.Length; i++)
        {
            direct[i].Should().BeApproximately(expected[i], 1e-5f, $"row {i} of head {head}");
        }
    }
}
