using Moderation.Training.Corpora;
using Moderation.Training.Splits;

namespace Moderation.Training.Tests.Splits;

public class CorpusSplitTests
{
    private static Corpus Synthetic(int groups, int perGroup)
    {
        var comments = new List<LabelledComment>();
        for (var g = 0; g < groups; g++)
        {
            for (var r = 0; r < perGroup; r++)
            {
                // Every third group is mostly positive, so the strata differ.
                var positive = g % 3 == 0 ? r != 0 : r == 0 && g % 2 == 0;
                comments.Add(new LabelledComment($"komentar {g}-{r}", [positive], $"video{g}"));
            }
        }

        return new Corpus(CorpusFormat.Gambling, ["label"], comments);
    }

    [Fact]
    public void Keeps_every_group_in_one_part()
    {
        var corpus = Synthetic(60, 7);

        var split = CorpusSplit.Create(corpus, seed: 1, stratifyBy: 0);

        corpus.Comments.Select((c, i) => (c.Group, Part: split.Parts[i]))
            .GroupBy(x => x.Group)
            .Should().OnlyContain(g => g.Select(x => x.Part).Distinct().Count() == 1);
    }

    [Fact]
    public void Gives_each_part_about_its_share_of_rows()
    {
        var corpus = Synthetic(200, 3);

        var split = CorpusSplit.Create(corpus, seed: 1, validation: 0.15, test: 0.15, stratifyBy: 0);

        split.Parts.Count(p => p == SplitPart.Train).Should().BeCloseTo(420, 12);
        split.Parts.Count(p => p == SplitPart.Validation).Should().BeCloseTo(90, 12);
        split.Parts.Count(p => p == SplitPart.Test).Should().BeCloseTo(90, 12);
    }

    [Fact]
    public void Stratifies_so_each_part_has_about_the_corpus_positive_rate()
    {
        var corpus = SharedData.HateSpeech;
        var hs = corpus.LabelColumns.ToList().IndexOf("HS");
        var overall = corpus.Comments.Count(c => c.Labels[hs]) / (double)corpus.Comments.Count;

        var split = CorpusSplit.Create(corpus, seed: 7, stratifyBy: hs);

        foreach (var part in Enum.GetValues<SplitPart>())
        {
            var rows = split.Select(corpus, part);
            (rows.Count(c => c.Labels[hs]) / (double)rows.Count).Should().BeApproximately(overall, 0.02);
        }
    }

    [Fact]
    public void Keeps_copies_of_one_tweet_in_one_part()
    {
        var corpus = SharedData.HateSpeech;

        var split = CorpusSplit.Create(corpus, seed: 7, stratifyBy: 0);

        corpus.Comments.Select((c, i) => (c.Group, Part: split.Parts[i]))
            .GroupBy(x => x.Group)
            .Where(g => g.Count() > 1)
            .Should().NotBeEmpty()
            .And.OnlyContain(g => g.Select(x => x.Part).Distinct().Count() == 1);
    }

    [Fact]
    public void Gives_the_same_split_for_the_same_seed()
    {
        var corpus = Synthetic(80, 4);

        CorpusSplit.Create(corpus, seed: 42, stratifyBy: 0).Parts
            .Should().Equal(CorpusSplit.Create(corpus, seed: 42, stratifyBy: 0).Parts);
    }

    [Fact]
    public void Gives_a_different_split_for_another_seed()
    {
        var corpus = Synthetic(80, 4);

        CorpusSplit.Create(corpus, seed: 42, stratifyBy: 0).Parts
            .Should().NotEqual(CorpusSplit.Create(corpus, seed: 43, stratifyBy: 0).Parts);
    }
}
