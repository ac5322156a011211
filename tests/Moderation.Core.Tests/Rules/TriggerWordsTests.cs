using System.Text;
using Moderation.Core.Tests.Features;
using Moderation.Normalisation;
using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

/// <summary>The trigger-word automaton answers exactly as the vectorised substring search it replaced
/// (<see cref="ReferenceTriggerWords"/>), for every trigger set the rules use.</summary>
public class TriggerWordsTests
{
    private static readonly TextNormaliser Normaliser = new();

    /// <summary>Every trigger set declared by a rule, found by reflection so a new set is covered without listing it here.</summary>
    private static IReadOnlyList<TriggerWords> RuleTriggerSets { get; } = RuleStatics.Of<TriggerWords>().Select(x => x.Value).ToList();

    [Fact]
    public void Finds_a_word_at_the_start_in_the_middle_and_at_the_end()
    {
        var triggers = new TriggerWords(["bunuh", "tanggal main", "x100"]);

        triggers.AnyIn("bunuh saja").Should().BeTrue();
        triggers.AnyIn("gw kubunuhin lu").Should().BeTrue();
        triggers.AnyIn("tunggu tanggal main").Should().BeTrue();
        triggers.AnyIn("menang x1000").Should().BeTrue();
        triggers.AnyIn("tanggal mai").Should().BeFalse();
        triggers.AnyIn("").Should().BeFalse();
    }

    [Fact]
    public void Finds_a_word_that_overlaps_a_failed_longer_one()
    {
        // "habisi" fails at its last letter, where "bisa" must still be found from the shared "bis".
        var triggers = new TriggerWords(["habisin", "bisa"]);

        triggers.AnyIn("habisa").Should().BeTrue();
        triggers.AnyIn("habisi").Should().BeFalse();
    }

    [Fact]
    public void Sets_that_share_an_index_each_answer_for_their_own_words()
    {
        var index = new TriggerIndex();
        var threats = new TriggerWords(["bunuh", "bakar"], index);
        var gambling = new TriggerWords(["slot", "gacor"], index);
        const string text = "slot gacor hari ini";

        threats.AnyIn(text).Should().BeFalse();
        gambling.AnyIn(text).Should().BeTrue();
        threats.AnyIn("kubakar rumahmu").Should().BeTrue();
        gambling.AnyIn("kubakar rumahmu").Should().BeFalse();
    }

    [Fact]
    public void A_set_added_after_a_text_was_searched_is_searched_for_in_that_text()
    {
        var index = new TriggerIndex();
        var threats = new TriggerWords(["bunuh"], index);
        const string text = "slot gacor, gw bunuh lu";
        threats.AnyIn(text).Should().BeTrue();

        var gambling = new TriggerWords(["gacor"], index);

        gambling.AnyIn(text).Should().BeTrue();
        threats.AnyIn(text).Should().BeTrue();
    }

    [Fact]
    public void Refuses_an_empty_or_non_ascii_word()
    {
        new Action(() => _ = new TriggerWords(["ok", ""])).Should().Throw<ArgumentException>();
        new Action(() => _ = new TriggerWords(["é"])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Answers_as_the_substring_search_for_texts_made_of_pieces_of_the_trigger_words()
    {
        RuleTriggerSets.Should().HaveCountGreaterThan(10);
        var random = new Random(7);
        foreach (var triggers in RuleTriggerSets)
        {
            var reference = new ReferenceTriggerWords(triggers.Words.ToArray());
            for (var n = 0; n < 2000; n++)
            {
                var text = new StringBuilder();
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    var word = triggers.Words[random.Next(triggers.Words.Count)];
                    var from = random.Next(word.Length);
                    text.Append(word, from, random.Next(1, word.Length - from + 1)).Append(random.Next(3) == 0 ? " " : "");
                }

                var sample = text.ToString();
                triggers.AnyIn(sample).Should().Be(reference.AnyIn(sample), $"\"{sample}\" against [{string.Join(", ", triggers.Words)}]");
            }
        }
    }

    [SharedCorporaFact]
    public void Answers_as_the_substring_search_for_both_views_of_every_line_of_the_shared_corpora()
    {
        var sets = RuleTriggerSets.Select(t => (Current: t, Reference: new ReferenceTriggerWords(t.Words.ToArray()))).ToList();
        foreach (var line in SharedCorporaFactAttribute.Lines())
        {
            var text = Normaliser.Normalise(line);
            foreach (var view in new[] { line, text.Folded.Text, text.Canonical.Text })
            {
                foreach (var (current, reference) in sets)
                {
                    if (current.AnyIn(view) != reference.AnyIn(view))
                    {
                        current.AnyIn(view).Should().Be(reference.AnyIn(view), $"\"{view}\" against [{string.Join(", ", current.Words)}]");
                    }
                }
            }
        }
    }
}
