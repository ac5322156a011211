using Moderation.Core.Tests.Features;
using Moderation.Core.Tests.Pipeline;
using Moderation.Features;
using Moderation.Normalisation;
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

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(17)]
    public void Keeps_for_each_head_sure_enough_to_explain_the_features_with_the_largest_contributions_strongest_first(int headCount)
    {
        var settings = new FeatureSettings(HashBits: 10);
        var random = new Random(headCount);
        var heads = Enumerable.Range(0, headCount).Select(h => new LinearHead(
            $"H{h}", Enumerable.Range(0, settings.Dimension).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray(), 0, -1, 0, 0.5f)).ToArray();
        var model = new LinearModel("test", new CommentFeaturizer(settings), heads);

        for (var n = 0; n < 50; n++)
        {
            var indices = Enumerable.Range(0, settings.Dimension).Where(_ => random.Next(n % 2 == 0 ? 8 : 200) == 0).ToArray();
            var values = indices.Select(_ => (float)random.NextDouble()).ToArray();

            var scores = model.Score(new SparseFeatures(indices, values));

            foreach (var head in heads)
            {
                var expected = scores[head.Name] < HeadScores.ExplainedFrom
                    ? []
                    : indices.Select((slot, i) => new ScoreDriver(slot, head.Weights[slot] * values[i]))
                        .Where(d => d.Contribution > 0)
                        .OrderByDescending(d => d.Contribution)
                        .Take(HeadScores.DriversPerHead);
                scores.DriversOf(head.Name).ToArray().Where(d => d.Contribution > 0).Should().Equal(expected);
            }
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

    [SharedCorporaFact]
    public void Scores_a_text_exactly_as_its_featurised_vector_for_every_line_of_the_shared_corpora()
    {
        // The text path reads the features from a per-thread buffer instead of a new vector; the scores must not change.
        var model = ModelStore.Load(ShippedModelTheoryAttribute.Directory);
        var normaliser = new TextNormaliser();
        foreach (var line in SharedCorporaFactAttribute.Lines())
        {
            var text = normaliser.Normalise(line);
            var expected = model.Score(model.Featurizer.Featurise(text)).Values;
            var actual = model.Score(text).Values;
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                actual.Should().Equal(expected, $"the scores of \"{line}\"");
            }
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Scores_a_text_after_a_huge_one_exactly_as_its_featurised_vector(bool foldedWords, bool writingSignals)
    {
        var settings = new FeatureSettings(HashBits: 12, FoldedWords: foldedWords, WritingSignals: writingSignals);
        var random = new Random(3);
        var heads = Enumerable.Range(0, 3).Select(h => new LinearHead(
            $"H{h}", Enumerable.Range(0, settings.Dimension).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray(), 0.1f, -1, 0, 0.5f)).ToArray();
        var model = new LinearModel("test", new CommentFeaturizer(settings), heads);
        var normaliser = new TextNormaliser();

        foreach (var comment in new[] { "gw setuju bgt", string.Concat(Enumerable.Repeat("slot gacor naga88 maxwin ", 2000)), "Babi hutan masuk kebun", "" })
        {
            var text = normaliser.Normalise(comment);
            model.Score(text).Values.Should().Equal(model.Score(model.Featurizer.Featurise(text)).Values, $"\"{comment[..Math.Min(30, comment.Length)]}\"");
        }
    }

    [Fact]
    public void Scores_a_text_without_allocating_its_feature_vector()
    {
        var settings = new FeatureSettings(HashBits: 12, WritingSignals: true);
        var model = new LinearModel("test", new CommentFeaturizer(settings), [new LinearHead("H", new float[settings.Dimension], 0, -1, 0, 0.5f)]);
        var text = new TextNormaliser().Normalise("Kebijakan menteri ini jelas gagal, harga beras naik terus dan rakyat kecil yang menanggung.");
        var features = model.Featurizer.Featurise(text).Count;
        model.Score(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        model.Score(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        features.Should().BeGreaterThan(100);
        allocated.Should().BeLessThan(features * sizeof(int), "only the scores are new; the features (8 bytes each) are read from a reused buffer");
    }
}
