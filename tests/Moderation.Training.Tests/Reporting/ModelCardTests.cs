using Moderation.Decisions;
using Moderation.Features;
using Moderation.Training.Corpora;
using Moderation.Training.Evaluation;
using Moderation.Training.Heads;
using Moderation.Training.Reporting;
using Moderation.Training.Suites;

namespace Moderation.Training.Tests.Reporting;

/// <summary>The model card is its template's prose with a training run's numbers filled in.</summary>
public class ModelCardTests
{
    private static readonly BinaryMetrics Validation = new(0.8, 0.7, 0.74667, 0.9, 60, 150, 0.4f);
    private static readonly BinaryMetrics Test = new(0.75, 0.6, 0.66667, 0.85, 55, 140, 0.4f);

    private static TrainingResult Result(ReviewUsage? reviews = null, BinaryMetrics? reviewTest = null, bool signals = true) => new(
        "2031-02-03.040506",
        TrainingOptions.Default with { Features = new FeatureSettings(WritingSignals: signals) },
        [
            new HeadReport("HS", "HS", CorpusFormat.HateSpeech, 0.4f, Validation, Test),
            new HeadReport("Gambling", "label", CorpusFormat.Gambling, 0.2f, Validation, Test, reviewTest),
        ],
        new Dictionary<string, SplitSizes> { ["HateSpeech"] = new(700, 150, 140), ["Gambling"] = new(701, 151, 141) },
        TimeSpan.FromSeconds(42),
        reviews);

    [Fact]
    public void Fills_every_placeholder_with_the_run_s_numbers()
    {
        var card = ModelCard.Render(Result(), "moderation train --out /tmp/m");

        card.Should().NotContain("{{").And.NotContain("}}");
        card.Should().StartWith("# Model card: moderation heads 2031-02-03.040506");
        card.Should().Contain("```\nmoderation train --out /tmp/m\n```".ReplaceLineEndings());
        card.Should().Contain("| HS | HS | 0.4 | 0.75 | 0.6 | 0.667 | 0.85 | 55 | 140 |");
        card.Should().Contain("| Gambling | 0.8 | 0.7 | 0.747 | 0.9 | 60 |");
        card.Should().Contain("  - Gambling: 701 train, 151 validation, 141 test rows.");
        card.Should().Contain("- HS: F1 0.667 against a target of 0.86: **not met**.");
        card.Should().Contain("- Training time: 42 s.").And.Contain("Splits (seed 20261125): train / validation / test = 70 % / 15 % / 15 %,");
    }

    [Fact]
    public void Reports_the_news_thread_suite_s_locked_half_when_the_run_measured_it()
    {
        var tally = new SuiteTally();
        for (var i = 0; i < 4; i++)
        {
            tally.Add(Outcome(Expectation.Held, held: i < 3));
        }

        for (var i = 0; i < 20; i++)
        {
            tally.Add(Outcome(Expectation.Approved, held: i == 0));
        }

        var card = ModelCard.Render(Result(), "train", tally);

        card.Should().Contain("| 24 | 4 | 75.0 % | 20 | 5.0 % |");
        card.Should().Contain("- Offensive held 75.0 % against a target of 75 %: met.").And.Contain(ModelCard.NewsThreadsCommand);
    }

    [Fact]
    public void Says_how_to_measure_the_news_thread_suite_when_the_run_did_not() =>
        ModelCard.Render(Result(), "train").Should().Contain("Not measured in this run").And.Contain(ModelCard.NewsThreadsCommand);

    private static SuiteOutcome Outcome(Expectation expect, bool held) => new(
        new SuiteCase("x", "teks", expect, "section", SuiteHalf.Locked),
        new Verdict(held ? Decision.Flagged : Decision.Approved, [], new Dictionary<string, double>(), 0, "m", "p"),
        CategoryMatched: true);

    [Fact]
    public void Keeps_the_template_s_prose_on_what_was_tried_and_the_licences()
    {
        var card = ModelCard.Render(Result(), "train");

        card.Should().Contain("CC BY-NC-SA 4.0").And.Contain("**MIT**");
        card.Should().Contain("## How the recipe was chosen").And.Contain("Out-of-fold stacking of HS").And.Contain("## Limits");
    }

    [Fact]
    public void Leaves_out_the_lines_of_what_the_run_did_not_have()
    {
        var card = ModelCard.Render(Result(signals: false), "train");

        card.Should().Contain("**Moderator verdicts**: none");
        card.Should().NotContain("Test part of the moderators' verdicts").And.NotContain("- Writing signals (`WritingSignals`");
        card.Should().NotContain("\n\n\n".ReplaceLineEndings());
    }

    [Fact]
    public void Says_how_the_moderators_verdicts_were_used_and_how_they_scored()
    {
        var reviews = new ReviewUsage(90, 80, new SplitSizes(60, 15, 15), new Dictionary<string, ReviewHeadUse> { ["Gambling"] = new(30, 40, 12) });

        var card = ModelCard.Render(Result(reviews, new BinaryMetrics(1, 0.5, 0.66667, 0.9, 6, 12, 0.2f)), "train");

        card.Should().Contain("not under the corpora's licences): 90 rows,").And.Contain("  - Gambling: 30 positive and 40 negative verdicts");
        card.Should().Contain("Test part of the moderators' verdicts").And.Contain("| Gambling | 1 | 0.5 | 0.667 | 0.9 | 6 | 12 |");
    }

    [Fact]
    public void Refuses_a_template_placeholder_that_nothing_fills_and_a_value_without_a_place()
    {
        var values = new Dictionary<string, string> { ["version"] = "v" };

        FluentActions.Invoking(() => ModelCard.Fill("{{version}} {{missing}}", values)).Should().Throw<InvalidOperationException>().WithMessage("*{{missing}}*");
        FluentActions.Invoking(() => ModelCard.Fill("no place", values)).Should().Throw<InvalidOperationException>().WithMessage("*version*");
    }
}
