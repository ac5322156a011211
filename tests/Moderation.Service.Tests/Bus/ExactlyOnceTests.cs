using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Bus;

public sealed class ExactlyOnceTests(BusFixture bus) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task A_comment_published_again_after_its_decision_was_confirmed_gets_no_second_decision_event()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        var before = await MetricValues.SumAsync(bus.Host.Metrics, "moderation_decisions_total");
        var replayedBefore = await MetricValues.SumAsync(bus.Host.Metrics, "moderation_decisions_replayed_total");

        await bus.Probe.PublishAsync(comment);
        await WaitUntilPublishedAsync(comment);
        await bus.Probe.PublishAsync(comment);
        await bus.Probe.PublishAsync(comment);

        // Both copies were answered from the record; a comment published after them has its decision, so an event the
        // copies had published would be here too.
        await Eventually.GetAsync(() => MetricValues.SumAsync(bus.Host.Metrics, "moderation_decisions_replayed_total"),
            n => n >= replayedBefore + 2, TimeSpan.FromSeconds(30), "both copies answered from the record");
        var later = Comments.Valid();
        await bus.Probe.PublishAsync(later);
        await bus.Probe.WaitForAsync((string)later["commentId"]!);

        bus.Probe.For(id).Should().ContainSingle("the contract: a re-published comment yields no second decision event");
        (await MetricValues.SumAsync(bus.Host.Metrics, "moderation_decisions_total")).Should().Be(before + 2, "the comment and the later one");
    }

    [Fact]
    public async Task A_comment_posted_to_the_api_again_after_its_decision_was_confirmed_gets_no_second_decision_event()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        using var http = bus.Host.CreateClient();
        await PostUntilPublishedAsync(http, comment);
        (await http.PostAsJsonAsync("/api/comments", comment)).EnsureSuccessStatusCode();

        // The second call returned after its (skipped) publish; a comment published after it has its decision by now.
        var later = Comments.Valid();
        await bus.Probe.PublishAsync(later);
        await bus.Probe.WaitForAsync((string)later["commentId"]!);

        bus.Probe.For(id).Should().ContainSingle();
    }

    [Fact]
    public async Task A_comment_posted_to_the_api_and_then_published_on_the_bus_gets_one_decision_event()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        using var http = bus.Host.CreateClient();
        await PostUntilPublishedAsync(http, comment);
        await bus.Probe.PublishAsync(comment);

        var later = Comments.Valid();
        await bus.Probe.PublishAsync(later);
        await bus.Probe.WaitForAsync((string)later["commentId"]!);

        bus.Probe.For(id).Should().ContainSingle("the API and the consumer answer through one ModerationDesk");
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

    private async Task PostUntilPublishedAsync(HttpClient http, Dictionary<string, object?> comment)
    {
        (await http.PostAsJsonAsync("/api/comments", comment)).EnsureSuccessStatusCode();
        await WaitUntilPublishedAsync(comment);
    }

    // Until the comment's decision is out and its confirmed publish is noted.
    private async Task WaitUntilPublishedAsync(Dictionary<string, object?> comment)
    {
        var id = (string)comment["commentId"]!;
        var key = DecisionKey.For(id, (string)comment["text"]!);
        await bus.Probe.WaitForAsync(id);
        await Eventually.GetAsync(async () => (await bus.Host.Services.GetRequiredService<IDecisionStore>().WerePublishedAsync([key], default))[0],
            published => published, TimeSpan.FromSeconds(30), "the confirmed publish noted");
    }
}
