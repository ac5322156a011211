using Moderation.Rules.Targeted;

namespace Moderation.Core.Tests.Rules;

/// <summary>A word set answers as the hash set of its words: the shape summary that answers most lookups first never turns a
/// word of the set away.</summary>
public class WordSetTests
{
    /// <summary>Every word set the rules declare, found by reflection so a new one is covered without listing it here.</summary>
    private static IReadOnlyList<WordSet> RuleWordSets { get; } = RuleStatics.Of<WordSet>().Select(x => x.Value).ToList();

    [Fact]
    public void Holds_every_word_of_every_rule_word_set()
    {
        RuleWordSets.Should().HaveCountGreaterThan(20);
        foreach (var set in RuleWordSets)
        {
            foreach (var word in set.Words)
            {
                set.Contains(word).Should().BeTrue($"\"{word}\" is in the set");
            }
        }
    }

    [Fact]
    public void Answers_as_a_hash_set_for_words_near_its_own()
    {
        var random = new Random(11);
        foreach (var set in RuleWordSets)
        {
            var words = new HashSet<string>(set.Words, StringComparer.Ordinal);
            foreach (var word in set.Words.Where(w => w.Length > 1))
            {
                // The word cut, stretched and with a letter changed: same first letter, last letter or length.
                foreach (var near in new[] { word[..^1], word + word[^1], word[..^1] + (char)('a' + random.Next(26)), word[1..] })
                {
                    set.Contains(near).Should().Be(words.Contains(near), $"\"{near}\" near \"{word}\"");
                }
            }
        }
    }

    [Fact]
    public void Does_not_hold_an_empty_word_unless_given_one()
    {
        new WordSet("ok").Contains("").Should().BeFalse();
        new WordSet("", "ok").Contains("").Should().BeTrue();
    }
}
