using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

public sealed class ExactlyOnceTests(BusFixture bus) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task The_same_comment_published_three_times_is_decided_once()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        var before = await MetricValues.SumAsync(bus.Host.Metrics, "moderation_decisions_total");

        for (var i = 0; i < 3; i++)
        {
            await bus.Probe.PublishAsync(comment);
        }

        // Every copy is answered (a redelivery must be able to re-publish), always with the one recorded decision.
        await Eventually.GetAsync(() => Task.FromResult(bus.Probe.For(id).Count), n => n == 3, TimeSpan.FromSeconds(30), "three answers");
        var answers = bus.Probe.For(id);
        answers.Select(a => a.MessageId).Distinct().Should().ContainSingle();
        answers.Select(a => a.Body).Distinct().Should().ContainSingle("a re-published decision is byte-for-byte the recorded one");
        (await MetricValues.SumAsync(bus.Host.Metrics, "moderation_decisions_total")).Should().Be(before + 1);
    }

    [Fact]
    public async Task An_edited_comment_is_moderated_anew()
    {
        var id = Comments.NewId();
        await bus.Probe.PublishAsync(Comments.Valid(id, text: "Tulisan pertama."));
        var first = await bus.Probe.WaitForAsync(id);

        await bus.Probe.PublishAsync(Comments.Valid(id, text: "Tulisan yang sudah diedit."));
        await Eventually.GetAsync(() => Task.FromResult(bus.Probe.For(id).Count), n => n == 2, TimeSpan.FromSeconds(30), "the edited comment's decision");

        bus.Probe.For(id).Select(a => a.MessageId).Should().OnlyHaveUniqueItems().And.Contain(first.MessageId);
    }
}
