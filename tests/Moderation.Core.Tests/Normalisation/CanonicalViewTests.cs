using Moderation.Normalisation;

namespace Moderation.Core.Tests.Normalisation;

public class CanonicalViewTests
{
    private static readonly TextNormaliser Normaliser = new();

    private static string Canonical(string text) => Normaliser.Normalise(text).Canonical.Text;

    [Theory]
    [InlineData("b4ngs4t", "bangsat")]
    [InlineData("k0nt0l", "kontol")]
    [InlineData("4njing", "anjing")]
    [InlineData("j4ncuk", "jancuk")]
    [InlineData("t41", "tai")]
    [InlineData("b@ngsat", "bangsat")]
    [InlineData("$etan", "setan")]
    public void Reads_leetspeak_as_letters(string written, string meant) => Canonical(written).Should().Be(meant);

    [Theory]
    [InlineData("taiiikkk", "tai")]
    [InlineData("GOBLOKKK", "goblok")]
    [InlineData("BANGSATTTT", "bangsat")]
    [InlineData("anjiiirrr", "anjir")]
    [InlineData("jancuuuk", "jancuk")]
    public void Reads_stretched_and_capitalised_abusive_words_as_the_word(string written, string meant) =>
        Canonical(written).Should().Be(meant);

    [Theory]
    [InlineData("goblokk", "goblok")]
    [InlineData("anjingg", "anjing")]
    [InlineData("taeekkkkk", "tai")]
    public void Shortens_doubled_letters_when_that_makes_a_known_word(string written, string meant) =>
        Canonical(written).Should().Be(meant);

    [Theory]
    [InlineData("tinggal")]
    [InlineData("saat")]
    [InlineData("assalamualaikum")]
    [InlineData("kaaba")]
    public void Keeps_doubled_letters_of_words_it_does_not_shorten_to_a_known_word(string written) =>
        Canonical(written).Should().Be(written);

    [Theory]
    [InlineData("gblk", "goblok")]
    [InlineData("bgst", "bangsat")]
    [InlineData("bngst", "bangsat")]
    [InlineData("kntl", "kontol")]
    [InlineData("taek", "tai")]
    [InlineData("tlol", "tolol")]
    [InlineData("GBLK", "goblok")]
    public void Reads_truncated_and_vowel_dropped_abusive_spellings_as_the_word(string written, string meant) =>
        Canonical(written).Should().Be(meant);

    [Theory]
    [InlineData("taekwondo")]
    [InlineData("asuransi")]
    [InlineData("cokroaminoto")]
    public void Leaves_longer_words_that_start_like_a_truncation_alone(string written) =>
        Canonical(written).Should().Be(written);

    [Theory]
    [InlineData("naga88")]
    [InlineData("slot303")]
    [InlineData("4d")]
    [InlineData("10rb")]
    [InlineData("covid19")]
    [InlineData("slot77")]
    public void Keeps_leading_and_trailing_digits_of_words(string written) => Canonical(written).Should().Be(written);

    [Fact]
    public void Keeps_the_lottery_suffix_4d_of_a_brand() =>
        Canonical("mona4d").Should().Be("mona4d");

    [Fact]
    public void Keeps_email_addresses_out_of_leetspeak() =>
        Canonical("kirim ke budi4@gmail.com").Should().Be("kirim ke budi4@gmail.com");

    [Theory]
    [InlineData("2024")]
    [InlineData("rp 50.000")]
    [InlineData("0812-3456-7890")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("12:30")]
    public void Leaves_tokens_of_digits_and_punctuation_as_they_are(string written) =>
        Canonical(written).Should().Be(written);

    [Fact]
    public void Drops_sentence_punctuation_around_numbers() =>
        Canonical("tahun 2024, harga (50.000)!").Should().Be("tahun 2024 harga 50.000");

    [Theory]
    [InlineData("a n j i n g", "anjing")]
    [InlineData("a.n.j.i.n.g", "anjing")]
    [InlineData("b-a-b-i", "babi")]
    [InlineData("S L O T gacor", "slot gacor")]
    [InlineData("P L U T O 8 8", "pluto88")]
    public void Joins_spaced_out_letters(string written, string meant) => Canonical(written).Should().Be(meant);

    [Fact]
    public void Does_not_join_a_list_of_numbers_with_a_letter_or_two() =>
        Canonical("nomor 1 2 3 4 5 a b").Should().Be("nomor 1 2 3 4 5 a b");

    [Fact]
    public void Does_not_join_two_single_letters() =>
        Canonical("vitamin a b").Should().Be("vitamin a b");

    [Theory]
    [InlineData("bangeeettt", "banget")]
    [InlineData("gooooblok", "goblok")]
    [InlineData("mantaaaap", "mantap")]
    [InlineData("maaaaaf", "maaf")]
    public void Shortens_stretched_letters(string written, string meant) => Canonical(written).Should().Be(meant);

    [Theory]
    [InlineData("wkwkwkwkwk", "wkwk")]
    [InlineData("hahahahaha", "haha")]
    public void Shortens_laughter_to_two_beats(string written, string meant) => Canonical(written).Should().Be(meant);

    [Theory]
    [InlineData("anj*ng", "anjing")]
    [InlineData("b*ngs*t", "bangsat")]
    [InlineData("k*nt*l", "kontol")]
    [InlineData("b_b_", "babi")]
    [InlineData("t#i", "tai")]
    public void Resolves_masked_abusive_words(string written, string meant) => Canonical(written).Should().Be(meant);

    [Fact]
    public void Drops_a_mask_that_hides_everything() =>
        Canonical("dasar ****").Should().Be("dasar");

    [Fact]
    public void Drops_the_hash_of_a_hashtag() =>
        Canonical("#savekpk").Should().Be("savekpk");

    [Theory]
    [InlineData("gw", "saya")]
    [InlineData("lu", "kamu")]
    [InlineData("yg", "yang")]
    [InlineData("gak", "tidak")]
    [InlineData("nggak", "tidak")]
    [InlineData("bgt", "banget")]
    [InlineData("udh", "sudah")]
    [InlineData("klo", "kalau")]
    [InlineData("gmn", "bagaimana")]
    [InlineData("makasih", "terima kasih")]
    public void Expands_slang_to_formal_indonesian(string written, string meant) => Canonical(written).Should().Be(meant);

    [Fact]
    public void Expands_slang_after_shortening_stretched_letters() =>
        Canonical("gakkkk").Should().Be("tidak");

    [Theory]
    [InlineData("asu")]
    [InlineData("goblog")]
    [InlineData("jancuk")]
    public void Keeps_regional_insults_as_written(string written) => Canonical(written).Should().Be(written);

    [Fact]
    public void Writes_reduplication_with_a_hyphen() =>
        Canonical("anak2 hati2").Should().Be("anak-anak hati-hati");

    [Theory]
    [InlineData("babi hutan masuk kebun warga")]
    [InlineData("judi online merusak keluarga")]
    [InlineData("ayo jaga persatuan jangan terprovokasi isu sara")]
    public void Leaves_the_domain_traps_as_they_are(string written) => Canonical(written).Should().Be(written);

    [Fact]
    public void Leaves_a_sentence_about_a_real_dog_as_it_is() =>
        Canonical("anjing tetangga saya hilang").Should().Be("anjing tetangga saya hilang");

    [Fact]
    public void Leaves_genuine_double_letters_alone() =>
        Canonical("saat maaf tinggal kakak").Should().Be("saat maaf tinggal kakak");

    [Fact]
    public void Separates_words_by_single_spaces_and_drops_punctuation() =>
        Canonical("Saya setuju!!!   Pemerintah, tolong...").Should().Be("saya setuju pemerintah tolong");

    [Fact]
    public void Joins_words_spelled_with_an_apostrophe() =>
        Canonical("hari jum'at").Should().Be("hari jumat");

    [Fact]
    public void Keeps_hyphenated_words() =>
        Canonical("pagi-pagi").Should().Be("pagi-pagi");

    [Fact]
    public void Does_not_expand_slang_inside_hyphenated_words() =>
        Canonical("honda hr-v").Should().Be("honda hr-v");

    [Fact]
    public void Keeps_emoji_as_separate_tokens() =>
        Canonical("babi🐷🐷").Should().Be("babi 🐷 🐷");

    [Fact]
    public void Joins_letters_spelled_out_in_brackets() =>
        Canonical("【h】【o】【k】【i】【7】【7】【7】 gacor").Should().Be("hoki777 gacor");

    [Fact]
    public void Writes_reduplication_before_a_suffix_with_a_hyphen() =>
        Canonical("sok2an laki2nya").Should().Be("sok-sokan laki-lakinya");

    [Fact]
    public void Does_not_reduplicate_the_number_of_a_hashtag() =>
        Canonical("#pilkada2").Should().Be("pilkada2");

    [Fact]
    public void Keeps_mention_and_link_tokens() =>
        Canonical("@budi cek https://t.co/x").Should().Be("user cek url");

    [Fact]
    public void Folds_unicode_before_reading_words() =>
        Canonical("𝐁𝟒𝐍𝐆𝐒𝟒𝐓 ʟᴜ").Should().Be("bangsat kamu");
}
