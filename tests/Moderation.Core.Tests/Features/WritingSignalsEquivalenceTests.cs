using System.Text;
using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Core.Tests.Features;

/// <summary>The writing signals are bit for bit those of <see cref="ReferenceWritingSignals"/> (before the ASCII fast path).</summary>
public class WritingSignalsEquivalenceTests
{
    private static readonly TextNormaliser Normaliser = new();

    [SharedCorporaFact]
    public void Gives_the_reference_signals_for_every_line_of_the_shared_corpora()
    {
        foreach (var line in SharedCorporaFactAttribute.Lines())
        {
            AssertSameSignals(line, Normaliser.Normalise(line).Folded.Text);
        }
    }

    [Fact]
    public void Gives_the_reference_signals_for_every_character_and_for_broken_surrogates()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = $"Ab{(char)c}9 {(char)c}";
            AssertSameSignals(text, text);
        }

        foreach (var text in new[] { "a\uD800b", "\uDC00", "x\uD83D", "\uD83D\uDD25\uD83D", "𝐌𝐄𝐆𝐀 🔥🔥 \uDBFF\uDFFD" })
        {
            AssertSameSignals(text, text);
        }
    }

    [Fact]
    public void Gives_the_reference_signals_for_random_texts()
    {
        string[] pieces = ["a", "Q", "7", " ", "é", "É", "ѕ", "𝐌", "🔥", "✓", "\uD800", "\uDC00", "url", "x1", "ß", "Ⓜ", "ｍ", "\u0301"];
        var random = new Random(11);
        for (var n = 0; n < 5000; n++)
        {
            var builder = new StringBuilder();
            for (var k = random.Next(0, 40); k > 0; k--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            AssertSameSignals(text, text.ToLowerInvariant());
        }
    }

    private static void AssertSameSignals(string original, string folded)
    {
        Span<float> expected = stackalloc float[WritingSignals.Count];
        Span<float> actual = stackalloc float[WritingSignals.Count];
        ReferenceWritingSignals.Compute(original, folded, expected);
        WritingSignals.Compute(original, folded, actual);
        if (!actual.SequenceEqual(expected))
        {
            actual.ToArray().Should().Equal(expected.ToArray(), $"the signals of \"{original}\"");
        }
    }
}
