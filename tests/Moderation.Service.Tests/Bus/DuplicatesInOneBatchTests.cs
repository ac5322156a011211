using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

/// <summary>Copies of one comment that arrive in the same batch are decided once and published once.</summary>
public sealed class DuplicatesInOneBatchTests : IAsyncLifetime
{
    private DedicatedBus _bus = null!;

    private BusProbe Probe => _bus.Probe;

    // A long batch window, so the copies published together are in one batch.
    public async Task InitializeAsync() => _bus = await DedicatedBus.StartAsync("duplicates", null, ("Moderation:BatchTimeLimit", "00:00:01"));

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Fact]
    public async Task Copies_of_a_comment_in_one_batch_get_one_decision_event()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        var later = Comments.Valid();

        for (var i = 0; i < 3; i++)
        {
            await Probe.PublishAsync(comment);
        }

        await Probe.PublishAsync(later);

        // The later comment shares the batch: once its decision is here, so is every event of the copies.
        await Probe.WaitForAsync([id, (string)later["commentId"]!], TimeSpan.FromSeconds(30));
        Probe.For(id).Should().ContainSingle();
    }
}
