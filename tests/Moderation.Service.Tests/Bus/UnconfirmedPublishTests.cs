using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Messaging;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Bus;

/// <summary>A publish whose confirm never comes (RabbitMQ.Client can lose one when the broker restarts mid-publish) must not hold
/// its batch forever: after Moderation:PublishTimeout the comment is answered again, with the same message id.</summary>
public sealed class UnconfirmedPublishTests : IAsyncLifetime
{
    private readonly LostConfirms _lost = new();
    private DedicatedBus _bus = null!;

    private BusProbe Probe => _bus.Probe;

    public async Task InitializeAsync() => _bus = await DedicatedBus.StartAsync("unconfirmed",
        // Around the service's own publisher, which the container still owns and disposes.
        services => services.AddSingleton<IDecisionExchanges>(provider => _lost.Around(provider.GetRequiredService<RabbitDecisionExchanges>())),
        ("Moderation:PublishTimeout", "00:00:01"),
        // One batch in work at a time, so a batch held forever would stop the consumer.
        ("Moderation:ConcurrentMessageLimit", "10"),
        ("Moderation:BatchSize", "10"),
        ("Moderation:RetryIntervals:0", "00:00:00.3"),
        ("Moderation:RetryIntervals:1", "00:00:00.3"));

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Fact]
    public async Task A_decision_whose_confirm_never_comes_is_published_again_under_the_same_message_id()
    {
        var comment = Comments.Valid(commentId: $"{LostConfirms.Prefix}{Guid.NewGuid():N}");
        var id = (string)comment["commentId"]!;

        await Probe.PublishAsync(comment);

        // Well within the retries (two of 0.3 s after a 1 s publish timeout), and far from forever.
        await Probe.WaitForAsync(id, TimeSpan.FromSeconds(30));
        _lost.Count.Should().Be(1, "the first publish of the comment was the one whose confirm was lost");
        Probe.For(id).Select(d => (d.Exchange, d.MessageId)).Distinct().Should().ContainSingle()
            .Which.MessageId.Should().Be(DecisionKey.For(id, (string)comment["text"]!).MessageId.ToString());
    }

    [Fact]
    public async Task The_consumer_goes_on_deciding_after_a_lost_confirm()
    {
        var stuck = Comments.Valid(commentId: $"{LostConfirms.Prefix}{Guid.NewGuid():N}");
        await Probe.PublishAsync(stuck);
        await Eventually.GetAsync(() => Task.FromResult(_lost.Count), count => count == 1, TimeSpan.FromSeconds(30), "the lost confirm");

        var later = Enumerable.Range(0, 5).Select(i => Comments.Valid(text: $"Komentar biasa nomor {i} soal jalan rusak.")).ToList();
        foreach (var comment in later)
        {
            await Probe.PublishAsync(comment);
        }

        await Probe.WaitForAsync([(string)stuck["commentId"]!, .. later.Select(c => (string)c["commentId"]!)], TimeSpan.FromSeconds(30));
    }

    /// <summary>Loses the broker's confirm of the first publish of each decision whose comment id has <see cref="Prefix"/>:
    /// that publish waits until its token ends the wait, as a publish on a channel that died without failing its confirms does.</summary>
    private sealed class LostConfirms
    {
        public const string Prefix = "unconfirmed-";
        private readonly ConcurrentDictionary<string, bool> _lost = new();

        public int Count => _lost.Count;

        public IDecisionExchanges Around(IDecisionExchanges exchanges) => new Losing(this, exchanges);

        private sealed class Losing(LostConfirms lost, IDecisionExchanges exchanges) : IDecisionExchanges
        {
            public async Task PublishAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
            {
                if (decision.CommentId.StartsWith(Prefix, StringComparison.Ordinal) && lost._lost.TryAdd(decision.CommentId, true))
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                await exchanges.PublishAsync(key, decision, cancellationToken);
            }
        }
    }
}
