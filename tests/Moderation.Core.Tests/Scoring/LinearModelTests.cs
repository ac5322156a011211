using Moderation.Features;
using Moderation.Scoring;

namespace Moderation.Core.Tests.Scoring;

public class LinearModelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    public void Scores_every_head_exactly_as_its_own_sparse_dot_product_does(int headCount)
    {
        var settings = new FeatureSettings(HashBits: 10);
        var random = new Random(headCount);
        var heads = Enumerable.Range(0, headCount).Select(h => new LinearHead(
            $"H{h}",
            Enumerable.Range(0, settings.Dimension).Select(_ => random.Next(4) == 0 ? 0f : (float)(random.NextDouble() * 4 - 2)).ToArray(),
            (float)random.NextDouble() - 0.5f,
            -(float)random.NextDouble() * 3,
            (float)random.NextDouble() - 0.5f,
            0.5f)).ToArray();
        var model = new LinearModel("test", new CommentFeaturizer(settings), heads);

        for (var n = 0; n < 200; n++)
        {
            var indices = Enumerable.Range(0, settings.Dimension).Where(_ => random.Next(8) == 0).ToArray();
            var values = indices.Select(_ => (float)random.NextDouble()).ToArray();
            var features = new SparseFeatures(indices, values);

            var scores = model.Score(features);

            scores.Values.Should().Equal(heads.Select(h => h.Probability(features)));
        }
    }

    [Fact]
    public void Refuses_a_feature_slot_outside_the_feature_space()
    {
        var settings = new FeatureSettings(HashBits: 10);
        var model = new LinearModel("test", new CommentFeaturizer(settings), [new LinearHead("H", new float[settings.Dimension], 0, -1, 0, 0.5f)]);

        var act = () => model.Score(new SparseFeatures([settings.Dimension], [1f]));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
