using Moderation.Normalisation;

namespace Moderation.Core.Tests.Normalisation;

public class FoldedViewTests
{
    private static readonly TextNormaliser Normaliser = new();

    private static string Folded(string text) => Normaliser.Normalise(text).Folded.Text;

    [Fact]
    public void Folds_mathematical_bold_letters_and_digits() =>
        Folded("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor").Should().Be("megabet99 gacor");

    [Fact]
    public void Folds_mathematical_sans_serif_italic_letters() =>
        Folded("𝘼𝙂𝙐𝙎𝙏𝙊𝙏𝙊").Should().Be("agustoto");

    [Fact]
    public void Folds_fullwidth_letters() =>
        Folded("ｍａｘｗｉｎ").Should().Be("maxwin");

    [Fact]
    public void Folds_fullwidth_punctuation_as_nfkc_does() =>
        Folded("Hub ０８１２－３４５６－７８９０ ｜ budi＠gmail．com ～！").Should().Be("hub 0812-3456-7890 | budi@gmail.com ~!");

    [Fact]
    public void Folds_small_form_punctuation_as_nfkc_does() =>
        Folded("budi\uFE6Bgmail\uFE52com \uFE59a\uFE5A").Should().Be("budi@gmail.com (a)");

    [Fact]
    public void Folds_hyphens_dashes_and_the_minus_sign_to_a_hyphen() =>
        Folded("0812\u20103456\u20117890 0813\u20124567\u20138901 \u22125").Should().Be("0812-3456-7890 0813-4567-8901 -5");

    [Fact]
    public void Folds_circled_letters() =>
        Folded("ⓂⒶⓍⓌⒾⓃ").Should().Be("maxwin");

    [Fact]
    public void Folds_squared_letters() =>
        Folded("🄼🄰🅇🅆🄸🄽").Should().Be("maxwin");

    [Fact]
    public void Folds_negative_squared_letters_that_nfkc_leaves() =>
        Folded("🅼🅰🆇🆆🅸🅽").Should().Be("maxwin");

    [Fact]
    public void Folds_negative_circled_letters_that_nfkc_leaves() =>
        Folded("🅖🅐🅒🅞🅡").Should().Be("gacor");

    [Fact]
    public void Folds_dingbat_circled_digits() =>
        Folded("BTV❶❻❽").Should().Be("btv168");

    [Fact]
    public void Folds_cyrillic_look_alikes() =>
        Folded("Кontоl ѕеtаn").Should().Be("kontol setan");

    [Fact]
    public void Folds_a_mirrored_cyrillic_ya_to_r() =>
        Folded("doЯa77").Should().Be("dora77");

    [Fact]
    public void Removes_blank_hangul_fillers_used_to_split_words() =>
        Folded("ju\u3164di").Should().Be("judi");

    [Fact]
    public void Folds_rarer_cyrillic_and_cherokee_look_alikes() =>
        Folded("aєrѳ88 boꮤo").Should().Be("aero88 bowo");

    [Fact]
    public void Leaves_korean_text_alone() =>
        Folded("한국 사람 하하하 화이팅").Should().Be("한국 사람 하하하 화이팅");

    [Fact]
    public void Folds_greek_look_alikes() =>
        Folded("ιdιοτ ΒΑΒΙ").Should().Be("idiot babi");

    [Fact]
    public void Folds_small_capitals() =>
        Folded("ᴀɴᴊɪɴɢ ʙᴀʙɪ").Should().Be("anjing babi");

    [Fact]
    public void Splits_ligatures() =>
        Folded("ﬁlm").Should().Be("film");

    [Fact]
    public void Strips_combining_marks_from_precomposed_letters() =>
        Folded("café Bérita").Should().Be("cafe berita");

    [Fact]
    public void Strips_stacked_combining_marks() =>
        Folded("b\u0336a\u0301\u0334b\u0338i\u0335").Should().Be("babi");

    [Fact]
    public void Removes_zero_width_characters_and_soft_hyphens() =>
        Folded("an\u200Bji\u200Cng ba\u200Dngs\u2060a\uFEFFt go\u00ADblok").Should().Be("anjing bangsat goblok");

    [Fact]
    public void Removes_bidi_controls() =>
        Folded("\u202Ekon\u200Etol\u202C \u2066babi\u2069 \u200Fasu").Should().Be("kontol babi asu");

    [Fact]
    public void Lower_cases_and_collapses_whitespace() =>
        Folded("  Saya\t\tSUKA \n\n berita  ").Should().Be("saya suka berita");

    [Fact]
    public void Replaces_mentions_with_user() =>
        Folded("@budi_s setuju pak").Should().Be("user setuju pak");

    [Fact]
    public void Lower_cases_the_corpus_placeholders() =>
        Folded("USER USER lihat URL").Should().Be("user user lihat url");

    [Fact]
    public void Replaces_links_with_a_scheme_by_url() =>
        Folded("cek https://bit.ly/abc123, mantap").Should().Be("cek url, mantap");

    [Fact]
    public void Replaces_www_links_by_url() =>
        Folded("buka www.contoh.com/promo sekarang").Should().Be("buka url sekarang");

    [Fact]
    public void Replaces_bare_domains_with_a_common_tld_by_url() =>
        Folded("klik bit.ly/x atau detik.com").Should().Be("klik url atau url");

    [Fact]
    public void Keeps_a_brand_with_digits_in_front_of_its_link() =>
        Folded("daftar di naga88.com/daftar").Should().Be("daftar di naga88 url");

    [Fact]
    public void Does_not_take_words_joined_by_a_full_stop_for_a_link() =>
        Folded("saya setuju.pemerintah harus").Should().Be("saya setuju.pemerintah harus");

    [Fact]
    public void Keeps_email_addresses() =>
        Folded("hubungi budi.s@gmail.com ya").Should().Be("hubungi budi.s@gmail.com ya");

    [Fact]
    public void Keeps_digits_of_brands() =>
        Folded("NAGA88 slot303 4D").Should().Be("naga88 slot303 4d");

    [Fact]
    public void Keeps_phone_numbers_unchanged() =>
        Folded("WA 0812-3456-7890 atau +62 812 3456 7890").Should().Be("wa 0812-3456-7890 atau +62 812 3456 7890");

    [Fact]
    public void Keeps_leetspeak_spelling() =>
        Folded("b4ngs4t k0nt0l").Should().Be("b4ngs4t k0nt0l");

    [Fact]
    public void Keeps_backslash_escapes_as_the_reader_typed_them() =>
        Folded(@"baris\n \xf0 a\b").Should().Be(@"baris\n \xf0 a\b");

    [Fact]
    public void Decodes_html_entities() =>
        Folded("Q&amp;A &lt;3").Should().Be("q&a <3");
}

/// <summary>The link masking's screen lets through every text its pattern matches, so skipping the others masks the same.</summary>
public class LinkMaskingScreenTests
{
    [Theory]
    [InlineData("cek https://bit.ly/abc123, mantap")]
    [InlineData("buka www.contoh.com/promo")]
    [InlineData("klik detik.com")]
    [InlineData("hubungi @admin_desa")]
    [InlineData("kirim ke budi@mail.com")]
    [InlineData("http://localhost")]
    public void Lets_through_a_text_with_a_link_a_mention_or_an_address(string text)
    {
        LinkMasking.Pattern().IsMatch(text).Should().BeTrue();
        LinkMasking.MayHold(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("Semoga perdamaian segera tercapai. Kasihan warga sipil.")]
    [InlineData("harga naik terus, rakyat kecil yang menanggung")]
    public void Screens_out_a_plain_comment(string text) => LinkMasking.MayHold(text).Should().BeFalse();

    [Moderation.Core.Tests.Features.SharedCorporaFact]
    public void Lets_through_every_line_of_the_shared_corpora_that_the_pattern_matches()
    {
        var matched = 0;
        foreach (var line in Moderation.Core.Tests.Features.SharedCorporaFactAttribute.Lines())
        {
            var text = line.ToLowerInvariant();
            if (LinkMasking.Pattern().IsMatch(text))
            {
                matched++;
                LinkMasking.MayHold(text).Should().BeTrue($"the pattern matches \"{text}\"");
            }
        }

        matched.Should().BeGreaterThan(100);
    }
}
