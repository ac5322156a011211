using Moderation.Normalisation;

namespace Moderation.Core.Tests.Normalisation;

public class OffsetMappingTests
{
    private static readonly TextNormaliser Normaliser = new();

    /// <summary>What the reader wrote behind the first occurrence of <paramref name="word"/> in the view.</summary>
    private static string Evidence(string original, NormalisedView view, string word)
    {
        var index = view.Text.IndexOf(word, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0, $"\"{word}\" should be in \"{view.Text}\"");
        var (start, length) = view.ToOriginal(index, word.Length);
        return original.Substring(start, length);
    }

    private static string CanonicalEvidence(string original, string word) =>
        Evidence(original, Normaliser.Normalise(original).Canonical, word);

    [Fact]
    public void Maps_a_plain_word_to_itself() =>
        CanonicalEvidence("Dasar Bangsat kau", "bangsat").Should().Be("Bangsat");

    [Fact]
    public void Maps_leetspeak_to_what_was_written() =>
        CanonicalEvidence("dasar b4ngs4t!", "bangsat").Should().Be("b4ngs4t");

    [Fact]
    public void Maps_surrogate_pair_letters_to_both_code_units() =>
        CanonicalEvidence("main di 𝐍𝐀𝐆𝐀𝟖𝟖 sekarang", "naga88").Should().Be("𝐍𝐀𝐆𝐀𝟖𝟖");

    [Fact]
    public void Maps_across_a_removed_zero_width_character() =>
        CanonicalEvidence("dasar an\u200Bjing", "anjing").Should().Be("an\u200Bjing");

    [Fact]
    public void Leaves_a_leading_zero_width_character_out_of_the_evidence() =>
        CanonicalEvidence("\u200Banjing", "anjing").Should().Be("anjing");

    [Fact]
    public void Maps_a_slang_expansion_to_the_abbreviation() =>
        CanonicalEvidence("gw yg bayar", "yang").Should().Be("yg");

    [Fact]
    public void Maps_joined_spaced_letters_to_the_whole_spelled_out_span() =>
        CanonicalEvidence("dasar a n j i n g lu", "anjing").Should().Be("a n j i n g");

    [Fact]
    public void Maps_a_resolved_mask_to_the_masked_word() =>
        CanonicalEvidence("dasar anj*ng!", "anjing").Should().Be("anj*ng");

    [Fact]
    public void Maps_a_shortened_word_to_the_stretched_one() =>
        CanonicalEvidence("mahal bangeeettt sih", "banget").Should().Be("bangeeettt");

    [Fact]
    public void Maps_url_to_the_whole_link() =>
        CanonicalEvidence("cek https://bit.ly/abc ya", "url").Should().Be("https://bit.ly/abc");

    [Fact]
    public void Maps_user_to_the_whole_mention() =>
        CanonicalEvidence("@budi_s setuju", "user").Should().Be("@budi_s");

    [Fact]
    public void Maps_each_char_of_an_expanded_ligature_to_the_ligature()
    {
        var view = Normaliser.Normalise("ﬁlm").Folded;

        view.ToOriginal(0, 1).Should().Be((0, 1));
        view.ToOriginal(1, 1).Should().Be((0, 1));
    }

    [Fact]
    public void Maps_a_span_of_several_words_to_the_original_sentence() =>
        CanonicalEvidence("Anjing  tetangga saya!", "anjing tetangga saya").Should().Be("Anjing  tetangga saya");

    [Fact]
    public void Maps_folded_digits_back_for_rules_that_read_digits() =>
        Evidence("Hub 0812-3456-7890 ya", Normaliser.Normalise("Hub 0812-3456-7890 ya").Folded, "0812-3456-7890")
            .Should().Be("0812-3456-7890");

    [Fact]
    public void Maps_a_reduplicated_copy_to_the_digit_two()
    {
        var view = Normaliser.Normalise("anak2").Canonical;

        view.Text.Should().Be("anak-anak");
        view.ToOriginal(5, 4).Should().Be((4, 1));
    }
}
