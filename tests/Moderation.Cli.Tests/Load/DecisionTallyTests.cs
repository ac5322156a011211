using System.Diagnostics;
using Moderation.Cli.Load;

namespace Moderation.Cli.Tests.Load;

public class DecisionTallyTests
{
    [Fact]
    public void Counts_a_comment_without_a_decision_as_lost()
    {
        var tally = Published(3);
        tally.Received(0, 1, "m0", Stopwatch.GetTimestamp());
        tally.Received(2, 1, "m2", Stopwatch.GetTimestamp());

        var result = tally.Result("service", 0, Stopwatch.GetTimestamp());

        result.Lost.Should().Be(1);
        result.Decided.Should().Be(2);
    }

    [Fact]
    public void Counts_an_identical_second_decision_as_duplicated_not_conflicting()
    {
        var tally = Published(1);
        tally.Received(0, 2, "m0", Stopwatch.GetTimestamp());
        tally.Received(0, 2, "m0", Stopwatch.GetTimestamp());

        var result = tally.Result("service", 0, Stopwatch.GetTimestamp());

        result.Duplicated.Should().Be(1);
        result.Conflicting.Should().Be(0);
    }

    [Fact]
    public void Counts_a_different_second_decision_as_conflicting()
    {
        var tally = Published(1);
        tally.Received(0, 1, "m0", Stopwatch.GetTimestamp());
        tally.Received(0, 3, "m0", Stopwatch.GetTimestamp());

        var result = tally.Result("service", 0, Stopwatch.GetTimestamp());

        result.Conflicting.Should().Be(1);
        result.Duplicated.Should().Be(0);
    }

    [Fact]
    public void Ignores_decisions_for_comments_the_run_did_not_publish()
    {
        var tally = Published(1);
        tally.Received(7, 1, "m7", Stopwatch.GetTimestamp());

        var result = tally.Result("service", 0, Stopwatch.GetTimestamp());

        result.Foreign.Should().Be(1);
        result.Decided.Should().Be(0);
    }

    [Fact]
    public void Measures_latency_from_publish_to_the_first_decision()
    {
        var tally = new DecisionTally(2);
        var start = Stopwatch.GetTimestamp();
        var second = Stopwatch.Frequency;
        tally.Published(0, start);
        tally.Published(1, start);
        tally.Received(0, 1, "a", start + second / 100);
        tally.Received(1, 1, "b", start + second / 10);

        var result = tally.Result("service", start, start);

        result.P50Ms.Should().BeApproximately(10, 0.5);
        result.P99Ms.Should().BeApproximately(100, 0.5);
    }

    private static DecisionTally Published(int count)
    {
        var tally = new DecisionTally(count);
        for (var i = 0; i < count; i++)
        {
            tally.Published(i, Stopwatch.GetTimestamp());
        }

        return tally;
    }
}
