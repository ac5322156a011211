using Moderation.Testing;
using Moderation.Training.Suites;
using Moderation.Training.Suites.Templates;

namespace Moderation.Training.Tests.Suites;

/// <summary>The committed Indonesian hate-speech suite (tests/Suites/hate-functional): its cases are the expansion of its
/// templates, and it has the shape its README promises.</summary>
public class HateFunctionalSuiteTests
{
    private static readonly string Directory = Path.Combine(RepositoryLayout.Root, "tests", "Suites", "hate-functional");
    private static readonly Lazy<SuiteSource> Source = new(() => SuiteSourceReader.Read(Directory));
    private static readonly Lazy<IReadOnlyList<SuiteCase>> Committed = new(() => SuiteReader.Read(Path.Combine(Directory, "cases.jsonl")));

    [Fact]
    public void The_committed_cases_are_the_expansion_of_the_committed_templates()
    {
        var expanded = SuiteTemplates.Expand(Source.Value);

        var committed = Committed.Value;
        var first = Enumerable.Range(0, Math.Max(committed.Count, expanded.Count))
            .Where(i => i >= committed.Count || i >= expanded.Count || committed[i] != expanded[i])
            .Select(i => (int?)i)
            .FirstOrDefault();
        first.Should().BeNull(
            "cases.jsonl must be regenerated with `moderation suite expand` whenever a template or filler changes; it first differs at line {0}: {1} instead of {2}",
            first + 1, committed.ElementAtOrDefault(first ?? 0), expanded.ElementAtOrDefault(first ?? 0));
    }

    [Fact]
    public void Has_at_least_150_templates_and_3000_cases_with_distinct_texts()
    {
        Source.Value.Templates.Should().HaveCountGreaterThanOrEqualTo(150);
        Committed.Value.Should().HaveCountGreaterThanOrEqualTo(3000);
        Committed.Value.Select(c => c.Text).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_template_lands_in_exactly_one_half_and_every_functionality_in_both()
    {
        Committed.Value.GroupBy(c => c.Template).Should().OnlyContain(t => t.Select(c => c.Half).Distinct().Count() == 1);
        foreach (var functionality in Source.Value.Functionalities)
        {
            var halves = Source.Value.Templates.Where(t => t.Functionality == functionality.Id).Select(t => t.Half).Distinct();
            halves.Should().BeEquivalentTo([SuiteHalf.Dev, SuiteHalf.Locked], $"{functionality.Id} needs templates in both halves");
        }
    }

    [Fact]
    public void Every_ground_has_hateful_and_non_hateful_cases_in_both_halves()
    {
        var grounds = Source.Value.Groups.Select(g => g.Ground).Distinct().ToList();
        foreach (var half in new[] { SuiteHalf.Dev, SuiteHalf.Locked })
        {
            foreach (var expect in new[] { Expectation.Held, Expectation.Approved })
            {
                Committed.Value.Where(c => c.Half == half && c.Expect == expect).Select(c => c.Ground).Distinct()
                    .Should().Contain(grounds, $"the {half} half needs {expect} cases for every ground");
            }
        }
    }

    [Fact]
    public void Between_55_and_65_percent_of_each_half_is_hateful_as_in_HateCheck()
    {
        foreach (var half in Committed.Value.GroupBy(c => c.Half))
        {
            var share = (double)half.Count(c => c.Expect == Expectation.Held) / half.Count();
            share.Should().BeInRange(0.55, 0.65, $"the {half.Key} half");
        }
    }
}
