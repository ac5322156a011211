using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Core.Tests.Features;

public class CommentFeaturizerTests
{
    private static readonly CommentFeaturizer Featurizer = new(new FeatureSettings(HashBits: 16));

    [Fact]
    public void Gives_the_same_features_for_the_same_text()
    {
        var first = Featurizer.Featurise("dasar bodoh kamu", "dasar bodoh lu");
        var second = Featurizer.Featurise("dasar bodoh kamu", "dasar bodoh lu");

        second.Indices.Should().Equal(first.Indices);
        second.Values.Should().Equal(first.Values);
    }

    [Fact]
    public void Gives_different_features_for_different_texts()
    {
        var insult = Featurizer.Featurise("dasar bodoh kamu");
        var praise = Featurizer.Featurise("terima kasih banyak");

        insult.Indices.Should().NotEqual(praise.Indices);
    }

    [Fact]
    public void Keeps_slots_unique_ascending_and_inside_the_feature_space()
    {
        var features = Featurizer.Featurise("main di megabet99 pasti jp!!! 🔥🔥", "main di megabet99 pasti jp!!! 🔥🔥");

        features.Indices.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        features.Indices.Should().OnlyContain(i => i >= 0 && i < 1 << 16);
        features.Values.Should().OnlyContain(v => v > 0);
    }

    [Fact]
    public void Normalises_the_vector_to_unit_length()
    {
        var features = Featurizer.Featurise("pemerintah harus transparan soal anggaran daerah");
        var norm = Math.Sqrt(features.Values.Sum(v => (double)v * v));

        // Two blocks of length sqrt(1/2) each; a hash collision between blocks can only move it slightly.
        norm.Should().BeApproximately(1.0, 0.05);
    }

    [Fact]
    public void Gives_no_features_for_an_empty_comment()
    {
        Featurizer.Featurise("   ").Count.Should().Be(0);
    }

    [Fact]
    public void Reads_the_folded_view_only_when_the_settings_ask_for_it()
    {
        var text = new TextNormaliser().Normalise("Main di M3GABET99 gan");
        var withFolded = new CommentFeaturizer(new FeatureSettings(HashBits: 16, FoldedWords: true)).Featurise(text);
        var canonicalOnly = new CommentFeaturizer(new FeatureSettings(HashBits: 16, FoldedWords: false)).Featurise(text);

        withFolded.Count.Should().BeGreaterThan(canonicalOnly.Count);
    }

    [Fact]
    public void Writes_nonzero_writing_signals_into_the_reserved_top_slots_for_a_disguised_brand()
    {
        var settings = new FeatureSettings(HashBits: 16, WritingSignals: true);
        var text = new TextNormaliser().Normalise("Main di 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 pasti JP");

        var first = new CommentFeaturizer(settings).Featurise(text);
        var second = new CommentFeaturizer(settings).Featurise(text);

        first.Indices.Should().Contain(i => i >= settings.SignalStart).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        first.Indices.Should().OnlyContain(i => i >= 0 && i < settings.Dimension);
        second.Indices.Should().Equal(first.Indices);
        second.Values.Should().Equal(first.Values);
    }

    [Fact]
    public void Keeps_hashed_features_out_of_the_reserved_signal_slots()
    {
        var settings = new FeatureSettings(HashBits: 10, WritingSignals: true);
        var texts = Enumerable.Range(0, 300).Select(i => $"komentar {i} tentang berita {i * 7919} yang viral sekali");

        var hashed = texts.SelectMany(t => new CommentFeaturizer(settings).Featurise(t).Indices);

        hashed.Should().OnlyContain(i => i < settings.SignalStart);
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        var texts = Enumerable.Range(0, 400).Select(i => $"komentar nomor {i} tentang berita ke {i % 17} yang viral").ToArray();
        var sequential = texts.Select(t => Featurizer.Featurise(t)).ToArray();

        var parallel = new SparseFeatures[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Featurizer.Featurise(texts[i]));

        for (var i = 0; i < texts.Length; i++)
        {
            parallel[i].Indices.Should().Equal(sequential[i].Indices);
            parallel[i].Values.Should().Equal(sequential[i].Values);
        }
    }

    [Fact]
    public void Rejects_a_feature_space_outside_the_supported_range()
    {
        var act = () => new CommentFeaturizer(new FeatureSettings(HashBits: 30));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
