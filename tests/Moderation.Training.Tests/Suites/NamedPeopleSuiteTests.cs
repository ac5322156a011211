using Moderation.Testing;
using Moderation.Training.Suites;

namespace Moderation.Training.Tests.Suites;

/// <summary>The committed named-people suite (tests/Suites/named-people): it parses, has the size the README promises, and
/// every section has a development and a locked half.</summary>
public class NamedPeopleSuiteTests
{
    private static readonly Lazy<IReadOnlyList<SuiteCase>> Cases = new(() =>
        SuiteReader.Read(Path.Combine(RepositoryLayout.Root, "tests", "Suites", "named-people", "cases.jsonl")));

    private static readonly string[] FigureSections = ["figure_neutral", "figure_critical", "figure_praise"];

    [Fact]
    public void Has_at_least_300_approved_comments_on_at_least_40_public_figures()
    {
        var figures = Cases.Value.Where(c => FigureSections.Contains(c.Functionality)).ToList();
        figures.Should().HaveCountGreaterThanOrEqualTo(300);
        figures.Should().OnlyContain(c => c.Expect == Expectation.Approved && c.Group != null);
        figures.Select(c => c.Group).Distinct().Should().HaveCountGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Has_distinct_ids_and_texts()
    {
        Cases.Value.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        Cases.Value.Select(c => c.Text).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_section_has_a_development_and_a_locked_half()
    {
        foreach (var section in Cases.Value.GroupBy(c => c.Functionality))
        {
            section.Select(c => c.Half).Distinct().Should().BeEquivalentTo([SuiteHalf.Dev, SuiteHalf.Locked], section.Key);
        }
    }

    [Fact]
    public void Holds_and_approves_in_each_capability_and_names_the_category_of_every_held_case()
    {
        var functionalities = Cases.Value.Select(c => c.Functionality).ToHashSet();
        functionalities.Should().Contain([
            "defamation_individual", "defamation_contrast", "sexual_remark", "sexual_contrast", "lottery_promotion", "lottery_news"]);
        Cases.Value.Where(c => c.Expect == Expectation.Held).Should().OnlyContain(c => c.Category != null);
    }
}
