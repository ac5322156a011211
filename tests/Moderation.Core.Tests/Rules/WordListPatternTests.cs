using System.Text.RegularExpressions;
using Moderation.Core.Tests.Features;
using Moderation.Core.Tests.Pipeline;
using Moderation.Normalisation;
using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

/// <summary>The word lists matched by the non-backtracking engine (<see cref="RulePattern.CreateWordList"/>) find exactly the
/// matches the backtracking engine finds: same starts, same lengths, in the same order.</summary>
public class WordListPatternTests
{
    private static readonly TextNormaliser Normaliser = new();

    /// <summary>Every rule pattern on the non-backtracking engine, with its twin on the backtracking one.</summary>
    private static IReadOnlyList<(string Name, Regex Linear, Regex Backtracking)> WordLists { get; } =
        RuleStatics.Of<Regex>().Concat(RuleStatics.Of<ScreenedPattern>().Select(x => (x.Name, Value: x.Value.Regex)))
            .Where(x => x.Value.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(x => (x.Name, x.Value, RulePattern.Create(x.Value.ToString())))
            .ToList();

    [Fact]
    public void The_word_lists_are_found()
    {
        WordLists.Should().HaveCountGreaterThan(5);
        WordLists.Select(w => w.Name).Should().Contain("GamblingLexicon.Jargon");
    }

    [Fact]
    public void Match_as_the_backtracking_engine_on_the_realistic_comments()
    {
        var comments = ((IEnumerable<object[]>)RealisticComments.MustApprove).Concat(RealisticComments.RuleCases).Concat(RealisticComments.ModelCases)
            .Select(row => (string)row[0]);
        AssertSame(comments, requireMatches: false);
    }

    [SharedCorporaFact]
    public void Match_as_the_backtracking_engine_on_both_views_of_every_line_of_the_shared_corpora()
    {
        AssertSame(SharedCorporaFactAttribute.Lines(), requireMatches: true);
    }

    private static void AssertSame(IEnumerable<string> comments, bool requireMatches)
    {
        var matched = WordLists.ToDictionary(w => w.Name, _ => 0);
        foreach (var comment in comments)
        {
            var text = Normaliser.Normalise(comment);
            foreach (var view in new[] { text.Canonical.Text, text.Folded.Text })
            {
                foreach (var (name, linear, backtracking) in WordLists)
                {
                    var expected = backtracking.Matches(view).Select(m => (m.Index, m.Length)).ToList();
                    var actual = linear.Matches(view).Select(m => (m.Index, m.Length)).ToList();
                    if (!actual.SequenceEqual(expected))
                    {
                        actual.Should().Equal(expected, $"{name} on \"{view}\"");
                    }

                    matched[name] += expected.Count;
                }
            }
        }

        if (requireMatches)
        {
            matched.Where(m => m.Value == 0).Select(m => m.Key).Should().BeEmpty("every word list must be compared on texts it matches");
        }
    }
}
