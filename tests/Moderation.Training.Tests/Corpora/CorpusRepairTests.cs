using System.Text;
using Moderation.Training.Corpora;

namespace Moderation.Training.Tests.Corpora;

public class CorpusRepairTests
{
    [Fact]
    public void Turns_literal_utf8_byte_escapes_back_into_emoji()
    {
        CorpusRepair.RepairTweet(@"USER kocak \xf0\x9f\x98\x91\xf0\x9f\x98\x91").Should().Be("USER kocak 😑😑");
    }

    [Fact]
    public void Drops_byte_escapes_that_are_not_valid_utf8()
    {
        CorpusRepair.RepairTweet(@"halo \xf0\x9f dunia").Should().Be("halo dunia");
    }

    [Fact]
    public void Drops_an_escape_cut_short_by_the_truncated_tweet()
    {
        CorpusRepair.RepairTweet(@"cinta itu buta say \xf0\x9f\x98\xab \xa").Should().Be("cinta itu buta say 😫");
    }

    [Fact]
    public void Replaces_literal_newlines_with_a_space()
    {
        CorpusRepair.RepairTweet(@"AKU ITU AKU\n\nKU TAU").Should().Be("AKU ITU AKU KU TAU");
    }

    [Fact]
    public void Removes_the_leading_retweet_marker()
    {
        CorpusRepair.RepairTweet("RT USER: siapa yang telat").Should().Be("USER: siapa yang telat");
    }

    [Fact]
    public void Removes_the_stray_trailing_quote_of_the_bytes_export()
    {
        CorpusRepair.RepairTweet("basic elo cowok bego ! ! !'").Should().Be("basic elo cowok bego ! ! !");
    }

    [Fact]
    public void Decodes_html_entities()
    {
        CorpusRepair.RepairTweet("situs &gt;DOISLOT&lt; &amp; teman").Should().Be("situs >DOISLOT< & teman");
    }

    [Fact]
    public void Reads_invalid_utf8_leniently_keeping_the_valid_text()
    {
        var path = Path.GetTempFileName();
        var bytes = Encoding.UTF8.GetBytes("ok ").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes(" é 😄")).ToArray();
        File.WriteAllBytes(path, bytes);

        CorpusRepair.ReadLenient(path).Should().Be("ok  é 😄");
    }

    [Fact]
    public void Restores_mathematical_letters_that_lost_their_plane_bit()
    {
        // U+D400 was written for U+1D400 MATHEMATICAL BOLD CAPITAL A, U+D7D7 for U+1D7D7 MATHEMATICAL BOLD DIGIT NINE.
        CorpusRepair.RepairPlaneBits("\uD400\uD7D7 gacor").Should().Be("𝐀𝟗 gacor");
    }

    [Fact]
    public void Restores_emoji_that_lost_their_plane_bit()
    {
        CorpusRepair.RepairPlaneBits("jp \uF525").Should().Be("jp 🔥");
    }

    [Fact]
    public void Decodes_html_entities_in_gambling_comments()
    {
        CorpusRepair.RepairComment("main di &gt;DOISLOT&lt; \uD400").Should().Be("main di >DOISLOT< 𝐀");
    }

    [Fact]
    public void Leaves_ordinary_text_untouched()
    {
        const string text = "Bagus bang, lanjutkan 👍";

        CorpusRepair.RepairPlaneBits(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Gives_copies_of_a_tweet_the_same_duplicate_key()
    {
        CorpusRepair.DuplicateKey("USER USER Dasar BODOH!!").Should().Be(CorpusRepair.DuplicateKey("dasar bodoh USER"));
    }
}
