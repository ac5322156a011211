using Moderation.Core.Tests.Features;
using Moderation.Core.Tests.Pipeline;
using Moderation.Normalisation;
using Moderation.Rules;
using Moderation.Rules.Gambling;

namespace Moderation.Core.Tests.Rules;

/// <summary>A screened pattern's screen lets through every text its regex matches (so skipping the others changes no hit),
/// and does screen out texts without what the regex needs.</summary>
public class ScreenedPatternTests
{
    private static readonly TextNormaliser Normaliser = new();

    /// <summary>Every screened pattern declared by a rule, found by reflection so a new one is covered without listing it here.</summary>
    private static IReadOnlyList<(string Name, ScreenedPattern Pattern)> RulePatterns { get; } = RuleStatics.Of<ScreenedPattern>();

    // Comments each pattern matches, so that no screen is checked only against texts its pattern never matches.
    private static readonly string[] Positives =
    [
        "gw bunuh lu besok", "awas kau kubakar rumahmu", "Tunggu pembalasanku!", "saya cari alamatmu sampai ketemu", "I will kill you",
        "mampus lu, makanya jangan sombong", "bunuh lu sekarang", "takbunuh kowe", "i know where you live", "watch your back",
        "awas kamu, rumahmu saya bakar", "gue bikin lu menyesal",
        "Main di NAGA88 pasti jp, daftar di www.naga88.com", "Hari yang menyenangkan berkat AMBIL4D!", "kusumatoto gacor", "ALEXIS17 gacor",
        "judi online merusak keluarga, stop main slot", "jangan tertipu penipuan slot", "Presiden goblok, kebijakan ngawur",
        "transfer ke rek bca 1234567890 ya", "rekening mandiri 123-456-789-01", "link daftar slot88 bit.ly/gacor",
    ];

    [Fact]
    public void Every_screened_pattern_is_found()
    {
        RulePatterns.Should().HaveCountGreaterThan(10);
    }

    [SharedCorporaFact]
    public void Lets_through_every_view_of_every_line_of_the_shared_corpora_that_its_pattern_matches()
    {
        AssertScreensPass(SharedCorporaFactAttribute.Lines().Concat(Positives).Concat(RealisticTexts()), requireMatches: true);
    }

    [Fact]
    public void Lets_through_every_realistic_comment_that_its_pattern_matches()
    {
        AssertScreensPass(Positives.Concat(RealisticTexts()), requireMatches: false);
    }

    [Theory]
    [InlineData("Terima kasih redaksi, beritanya bagus sekali.")]
    [InlineData("Semoga lekas pulih dan sehat selalu untuk semuanya.")]
    public void Screens_out_a_plain_comment_for_every_pattern(string comment)
    {
        var text = Normaliser.Normalise(comment);
        foreach (var (name, pattern) in RulePatterns)
        {
            pattern.MayMatch(text.Canonical.Text).Should().BeFalse($"{name} on \"{text.Canonical.Text}\"");
            pattern.MayMatch(text.Folded.Text).Should().BeFalse($"{name} on \"{text.Folded.Text}\"");
        }
    }

    [Theory]
    [InlineData("main di naga88", true)]
    [InlineData("ambil4d menang", true)]
    [InlineData("lu tuh b4ngs4t ya", false)]
    [InlineData("gobl0k", false)]
    [InlineData("harga 10.000 per liter", false)]
    public void Needs_a_letter_then_two_digits_or_4d_for_a_brand(string text, bool expected) =>
        GamblingLexicon.HasLetterThenNumber(text).Should().Be(expected);

    [Theory]
    [InlineData("kusumatoto gacor", true)]
    [InlineData("pulauwin", true)]
    [InlineData("main slot terus", false)]
    [InlineData("erwin main bola", false)]
    public void Needs_three_letters_glued_before_a_gambling_word_for_a_weak_brand_without_digits(string text, bool expected) =>
        GamblingLexicon.HasGluedGamblingWord(text).Should().Be(expected);

    [Theory]
    [InlineData("cek bit.ly/promo-gacor", true)]
    [InlineData("buka https:// sekarang", true)]
    [InlineData("www.Google", true)]
    [InlineData("cek url di bio", true)]
    [InlineData("judi merusak keluarga.", false)]
    [InlineData("jl. mawar no. 12", false)]
    public void Needs_a_scheme_url_or_a_dot_before_a_lower_case_letter_for_a_link(string text, bool expected) =>
        GamblingLexicon.MayBeLink(text).Should().Be(expected);

    private static IEnumerable<string> RealisticTexts() =>
        ((IEnumerable<object[]>)RealisticComments.MustApprove).Concat(RealisticComments.RuleCases).Concat(RealisticComments.ModelCases)
            .Select(row => (string)row[0]);

    private static void AssertScreensPass(IEnumerable<string> comments, bool requireMatches)
    {
        var matched = RulePatterns.ToDictionary(p => p.Name, _ => 0);
        foreach (var comment in comments)
        {
            var text = Normaliser.Normalise(comment);
            foreach (var view in new[] { text.Canonical.Text, text.Folded.Text })
            {
                foreach (var (name, pattern) in RulePatterns)
                {
                    if (!pattern.Regex.IsMatch(view))
                    {
                        continue;
                    }

                    matched[name]++;
                    if (!pattern.MayMatch(view))
                    {
                        pattern.MayMatch(view).Should().BeTrue($"{name} matches \"{view}\"");
                    }
                }
            }
        }

        if (requireMatches)
        {
            matched.Where(m => m.Value == 0).Select(m => m.Key).Should().BeEmpty("every screen must be checked against texts its pattern matches");
        }
    }
}
