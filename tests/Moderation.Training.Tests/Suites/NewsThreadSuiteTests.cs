using Moderation.Testing;
using Moderation.Training.Suites;

namespace Moderation.Training.Tests.Suites;

/// <summary>The committed news-thread suite (tests/Suites/news-threads): comments as readers of Indonesian news sites write
/// them, with the shape its README promises.</summary>
public class NewsThreadSuiteTests
{
    private static readonly string File = Path.Combine(RepositoryLayout.Root, "tests", "Suites", "news-threads", "cases.jsonl");
    private static readonly Lazy<IReadOnlyList<SuiteCase>> Cases = new(() => SuiteReader.Read(File));

    [Fact]
    public void Parses_into_at_least_800_distinct_comments_of_which_at_least_250_are_abusive()
    {
        Cases.Value.Should().HaveCountGreaterThanOrEqualTo(800);
        Cases.Value.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        Cases.Value.Count(c => c.Expect == Expectation.Held).Should().BeGreaterThanOrEqualTo(250);
    }

    [Fact]
    public void Every_case_says_why_and_every_held_case_names_profanity_or_insult()
    {
        Cases.Value.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Note) && c.Template != null);
        Cases.Value.Where(c => c.Expect == Expectation.Held).Select(c => c.Category).Distinct()
            .Should().BeSubsetOf(["profanity", "insult"]);
    }

    [Fact]
    public void Every_template_lands_in_exactly_one_half_and_every_section_in_both()
    {
        Cases.Value.GroupBy(c => c.Template).Should().OnlyContain(t => t.Select(c => c.Half).Distinct().Count() == 1);
        foreach (var section in Cases.Value.GroupBy(c => c.Functionality))
        {
            section.Select(c => c.Half).Distinct().Should().BeEquivalentTo([SuiteHalf.Dev, SuiteHalf.Locked],
                $"{section.Key} needs cases in both halves");
        }
    }
}
