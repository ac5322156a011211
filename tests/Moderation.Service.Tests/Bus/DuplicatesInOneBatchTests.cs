using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Bus;

/// <summary>Copies of one comment that arrive in the same batch are decided once and published once.</summary>
public sealed class DuplicatesInOneBatchTests : IAsyncLifetime
{
    private RabbitVirtualHost _vhost = null!;
    private ServiceHost _host = null!;
    private BusProbe _probe = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitVirtualHost.CreateAsync("duplicates");
        // A long batch window, so the copies published together are in one batch.
        _host = ServiceHost.OnServers(_vhost, $"test:{Guid.NewGuid():N}:", ("Moderation:BatchTimeLimit", "00:00:01")).Started();
        _probe = await BusProbe.ConnectAsync(_vhost);
    }

    public async Task DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _host.DisposeAsync();
        await _vhost.DisposeAsync();
    }

    [Fact]
    public async Task Copies_of_a_comment_in_one_batch_get_one_decision_event()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        var later = Comments.Valid();

        for (var i = 0; i < 3; i++)
        {
            await _probe.PublishAsync(comment);
        }

        await _probe.PublishAsync(later);

        // The later comment shares the batch: once its decision is here, so is every event of the copies.
        await _probe.WaitForAsync([id, (string)later["commentId"]!], TimeSpan.FromSeconds(30));
        _probe.For(id).Should().ContainSingle();
    }
}
