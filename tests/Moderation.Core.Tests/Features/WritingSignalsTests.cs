using Moderation.Features;
using Moderation.Normalisation;

namespace Moderation.Core.Tests.Features;

public class WritingSignalsTests
{
    private static readonly TextNormaliser Normaliser = new();

    private static float[] Signals(string comment)
    {
        var signals = new float[WritingSignals.Count];
        WritingSignals.Compute(Normaliser.Normalise(comment), signals);
        return signals;
    }

    [Fact]
    public void Sees_mathematical_letters_that_the_canonical_text_hides()
    {
        var styled = Signals("Main di 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 pasti JP");
        var plain = Signals("Main di MEGABET99 pasti JP");

        styled[0].Should().BeGreaterThan(0);
        plain[0].Should().Be(0);
    }

    [Fact]
    public void Gives_the_same_signals_for_the_same_comment()
    {
        Signals("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor 🔥🔥 url").Should().Equal(Signals("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor 🔥🔥 url"));
    }

    [Fact]
    public void Counts_brand_with_digits_tokens()
    {
        Signals("daftar naga88 dan hoki777 sekarang")[2].Should().Be(1);
        Signals("daftar sekarang juga")[2].Should().Be(0);
    }

    [Fact]
    public void Counts_emoji()
    {
        Signals("mantap 🔥🔥🔥")[3].Should().BeGreaterThan(0);
        Signals("mantap sekali")[3].Should().Be(0);
    }

    [Fact]
    public void Sees_letters_spaced_out_one_by_one()
    {
        Signals("main di s l o t g a c o r")[5].Should().BeGreaterThan(0);
        Signals("main di slot")[5].Should().Be(0);
    }

    [Fact]
    public void Stay_between_zero_and_one()
    {
        Signals("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 123456 a b c d e f g h i j 🔥🔥🔥🔥🔥🔥🔥🔥 url url url")
            .Should().OnlyContain(v => v >= 0 && v <= 1);
    }
}
