using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Moderation.Core.Tests.Features;
using Moderation.Normalisation;
using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

/// <summary>Lazy repeats spelled as nested alternations match exactly what the lazy loops they replace match (run by the
/// interpreter, which has no lazy-loop bug), and do not throw where the compiled lazy loops did.</summary>
public class LazyRepeatTests
{
    private const string Gap = RulePattern.Gap;
    private static readonly TextNormaliser Normaliser = new();

    // The exposure pattern as it was written with lazy loops (commit 037b23e), less the bare "viral" it has since dropped.
    private static readonly string Yours = $@"(?:mu|nya{Gap}(?:lu|kamu))\b|{Gap}(?:kamu|km|lu|lo|elu|kau|anda|ente|you|your)\b";

    private static readonly Regex LazyLoopExposure = new(
        $@"\b(?:foto|poto|video|vidio|vid|rekaman|chat|rahasia|aib|data|screenshot|nudes?)(?:{Gap}(?:bugil|telanjang|syur|pribadi|mesum))?(?:{Yours})(?:{Gap}[\p{{L}}\p{{N}}]+){{0,3}}?{Gap}(?:\p{{L}}{{0,4}})?(?:sebar|sebarin|sebarkan|viralkan|viralin|upload|bongkar|posting|publikasikan|spread|leak|post)\p{{L}}*" +
        $@"|\b(?:ku|gw{Gap}|saya{Gap}|aku{Gap})?(?:sebar|sebarin|sebarkan|viralkan|viralin|bongkar|upload)(?:{Gap}[\p{{L}}\p{{N}}]+){{0,2}}?{Gap}(?:foto|poto|video|vidio|rekaman|chat|rahasia|aib)(?:{Gap}(?:bugil|telanjang|syur|pribadi|mesum))?(?:{Yours})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Exposure = (Regex)typeof(ExtortionRule).GetField("Exposure", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

    [Theory]
    [InlineData(0, 2)]
    [InlineData(0, 3)]
    [InlineData(1, 5)]
    [InlineData(2, 2)]
    public void Matches_what_the_lazy_loop_matches(int min, int max)
    {
        const string item = @"[^a-z]+[a-z0-9]+";
        var spelled = new Regex($@"\bx{RulePattern.LazyRepeat(item, min, max)}[^a-z]+(?:y|z)\b", RegexOptions.Compiled);
        var loop = new Regex($@"\bx(?:{item}){{{min},{max}}}?[^a-z]+(?:y|z)\b");
        string[] pieces = ["x", "y", "z", "a", "b1", " ", " ", ",", "xy", "7"];
        var random = new Random(min * 10 + max);
        for (var n = 0; n < 5000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var sample = text.ToString();
            Spans(spelled, sample).Should().Be(Spans(loop, sample), $"\"{sample}\"");
        }
    }

    [Fact]
    public void Reads_the_text_the_compiled_lazy_loop_threw_on() =>
        Spans(Exposure, "ing saya upload k e").Should().Be(Spans(LazyLoopExposure, "ing saya upload k e"));

    [SharedCorporaFact]
    public void The_exposure_pattern_matches_as_its_lazy_loop_form_on_both_views_of_every_line_of_the_shared_corpora()
    {
        foreach (var line in SharedCorporaFactAttribute.Lines())
        {
            var text = Normaliser.Normalise(line);
            foreach (var view in new[] { text.Canonical.Text, text.Folded.Text })
            {
                var expected = Spans(LazyLoopExposure, view);
                if (Spans(Exposure, view) != expected)
                {
                    Spans(Exposure, view).Should().Be(expected, $"\"{view}\"");
                }
            }
        }
    }

    [Fact]
    public void The_exposure_pattern_matches_as_its_lazy_loop_form_on_texts_made_of_its_words()
    {
        string[] pieces = ["foto", "kamu", "saya", "upload", "sebar", "k", "e", "ing", "video", "mu", "lu", "gw", "aku", "ku", "viral", "aib", "nya", "bugil", "chat", ",", "1"];
        var random = new Random(5);
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 14); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(2) == 0 ? " " : "");
            }

            var sample = text.ToString();
            var expected = Spans(LazyLoopExposure, sample);
            matched += expected.Length > 0 ? 1 : 0;
            Spans(Exposure, sample).Should().Be(expected, $"\"{sample}\"");
        }

        matched.Should().BeGreaterThan(100);
    }

    private static string Spans(Regex pattern, string text) => string.Join(";", pattern.Matches(text).Select(m => $"{m.Index}+{m.Length}"));
}
