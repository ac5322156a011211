using Moderation.Normalisation;

namespace Moderation.Core.Tests.Normalisation;

public class RobustnessTests
{
    private static readonly TextNormaliser Normaliser = new();

    [Fact]
    public void Normalises_the_empty_string_to_empty_views()
    {
        var result = Normaliser.Normalise("");

        result.Folded.Text.Should().BeEmpty();
        result.Canonical.Text.Should().BeEmpty();
    }

    [Fact]
    public void Normalises_whitespace_only_to_empty_views()
    {
        var result = Normaliser.Normalise(" \t\r\n \u00A0\u3000 ");

        result.Folded.Text.Should().BeEmpty();
        result.Canonical.Text.Should().BeEmpty();
    }

    [Fact]
    public void Keeps_the_original_text()
    {
        const string original = "Dasar B4NGS4T!";

        Normaliser.Normalise(original).Original.Should().BeSameAs(original);
    }

    [Fact]
    public void Normalises_a_5000_char_comment_completely()
    {
        const string phrase = "gw b4ngs4t a n j i n g 𝐍𝐀𝐆𝐀𝟖𝟖 mantap sekali ";
        var original = string.Concat(Enumerable.Repeat(phrase, 100));
        original.Length.Should().Be(5000);

        var canonical = Normaliser.Normalise(original).Canonical.Text;

        canonical.Should().Be(string.Join(' ', Enumerable.Repeat("saya bangsat anjing naga88 mantap sekali", 100)));
    }

    [Fact]
    public void Drops_lone_surrogates_without_throwing()
    {
        var result = Normaliser.Normalise("ba\uD800bi \uDC00asu\uD83D");

        result.Folded.Text.Should().Be("babi asu");
    }

    [Fact]
    public void Drops_control_characters_without_throwing()
    {
        var result = Normaliser.Normalise("ba\u0000b\u0007i\u001B \u0085asu\u007F");

        result.Canonical.Text.Should().Be("babi asu");
    }

    [Fact]
    public void Survives_a_long_run_of_dots_and_at_signs()
    {
        var original = string.Concat(Enumerable.Repeat("a.", 3000)) + string.Concat(Enumerable.Repeat("@", 3000));

        var act = () => Normaliser.Normalise(original);

        act.Should().NotThrow();
    }

    [Fact]
    public void Gives_every_view_char_an_offset_inside_the_original()
    {
        const string original = "𝐁𝐀𝐁𝐈 an\u200Bj*ng @budi https://x.co/a yg ﬁx bangeeet a n j i n g";
        var result = Normaliser.Normalise(original);

        foreach (var view in new[] { result.Folded, result.Canonical })
        {
            for (var i = 0; i < view.Text.Length; i++)
            {
                var (start, length) = view.ToOriginal(i, 1);
                start.Should().BeInRange(0, original.Length);
                (start + length).Should().BeInRange(start, original.Length);
            }
        }
    }

    [Fact]
    public void Gives_the_same_result_when_called_concurrently()
    {
        var inputs = Enumerable.Range(0, 400).Select(i => $"gw b4ngs4t {i} a n j i n g 𝐍𝐀𝐆𝐀{i} anj*ng @u{i} yg").ToArray();
        var expected = inputs.Select(s => Normaliser.Normalise(s).Canonical.Text).ToArray();
        var actual = new string[inputs.Length];

        Parallel.For(0, inputs.Length, i => actual[i] = Normaliser.Normalise(inputs[i]).Canonical.Text);

        actual.Should().Equal(expected);
    }
}
