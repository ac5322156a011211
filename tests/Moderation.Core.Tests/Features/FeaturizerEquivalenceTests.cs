using System.Text;
using Moderation.Core.Tests.Pipeline;
using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Core.Tests.Features;

/// <summary>The featurizer gives bit for bit the features of <see cref="ReferenceFeaturizer"/> (the implementation before it
/// was made faster): same slots, same float values, for every text and every setting a model can be trained with.</summary>
public class FeaturizerEquivalenceTests
{
    private static readonly TextNormaliser Normaliser = new();

    public static TheoryData<FeatureSettings> Settings => new()
    {
        new FeatureSettings(HashBits: 18, WritingSignals: true),
        new FeatureSettings(HashBits: 18, FoldedWords: false),
        new FeatureSettings(HashBits: 10, MaxWordNgram: 3, MinCharNgram: 1, MaxCharNgram: 8, WritingSignals: true),
        new FeatureSettings(HashBits: 24, MaxWordNgram: 1, MinCharNgram: 3, MaxCharNgram: 3),
        new FeatureSettings(HashBits: 16, MaxWordNgram: 2, MinCharNgram: 2, MaxCharNgram: 4, WritingSignals: true),
    };

    [SharedCorporaFact]
    public void Gives_the_reference_features_for_every_line_of_the_shared_corpora()
    {
        var settings = new FeatureSettings(HashBits: 18, WritingSignals: true);
        var lines = SharedCorporaFactAttribute.Lines().ToList();

        lines.Should().HaveCountGreaterThan(10_000);
        AssertSameFeatures(settings, lines);
    }

    [SharedCorporaFact]
    public void Gives_the_reference_features_for_a_sample_of_the_shared_corpora_under_other_settings()
    {
        var sample = SharedCorporaFactAttribute.Lines().Where((_, i) => i % 23 == 0).ToList();

        foreach (var settings in Settings)
        {
            AssertSameFeatures(settings, sample);
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Gives_the_reference_features_for_the_realistic_comments(FeatureSettings settings)
    {
        var comments = ((IEnumerable<object[]>)RealisticComments.MustApprove).Concat(RealisticComments.RuleCases).Select(row => (string)row[0]);

        AssertSameFeatures(settings, comments.ToList());
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Gives_the_reference_features_for_every_character_between_words(FeatureSettings settings)
    {
        var texts = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                texts.Add($"ab{(char)c}cd {(char)c} x{(char)c}");
            }
        }

        foreach (var astral in new[] { 0x1F525, 0x1D40C, 0x1D7D7, 0x20000, 0x1F1EE, 0xE0041, 0x10FFFD })
        {
            var rune = char.ConvertFromUtf32(astral);
            texts.Add($"ab{rune}cd {rune}{rune} x{rune}");
        }

        AssertSameFeatures(settings, texts, normalise: false);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Gives_the_reference_features_for_random_texts_of_any_length(FeatureSettings settings)
    {
        // Letters, digits, marks, spaces, punctuation, emoji and look-alikes; words up to well past the 64-char cap.
        string[] pieces = ["a", "b", "k", "n", "g", "A", "Z", "0", "7", " ", " ", "  ", "\t", "\n", ".", "!", "-", "é", "\u0301", "ѕ", "𝐌", "🔥",
            "\u00A0", "\u200B", "ß", "İ", "ı", "\u0663", "wkwk", "anjing", "slot88", "gacor", "@user", "http://x.co/a"];
        var random = new Random(20261125);
        var texts = new List<string>();
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var length = n % 10 == 0 ? random.Next(0, 400) : random.Next(0, 60);
            for (var k = 0; k < length; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            texts.Add(builder.ToString());
        }

        texts.Add(new string('a', 500));
        texts.Add(string.Concat(Enumerable.Repeat("promo ", 300)));
        AssertSameFeatures(settings, texts);
    }

    private static void AssertSameFeatures(FeatureSettings settings, IReadOnlyList<string> texts, bool normalise = true)
    {
        var current = new CommentFeaturizer(settings);
        var reference = new ReferenceFeaturizer(settings);
        foreach (var text in texts)
        {
            SparseFeatures expected, actual;
            if (normalise)
            {
                var normalised = Normaliser.Normalise(text);
                expected = reference.Featurise(normalised);
                actual = current.Featurise(normalised);
            }
            else
            {
                expected = reference.Featurise(text, text);
                actual = current.Featurise(text, text);
            }

            // Exact comparison (not approximate): the features must be bit-identical.
            if (!actual.Indices.AsSpan().SequenceEqual(expected.Indices) || !actual.Values.AsSpan().SequenceEqual(expected.Values))
            {
                actual.Indices.Should().Equal(expected.Indices, $"the slots of \"{text}\" under {settings}");
                actual.Values.Should().Equal(expected.Values, $"the values of \"{text}\" under {settings}");
            }
        }
    }
}
