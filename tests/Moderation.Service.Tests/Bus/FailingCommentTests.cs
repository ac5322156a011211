using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Stores;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Bus;

/// <summary>A comment that cannot be decided (here: its decision store lookup always fails) must not take the comments that
/// share its batch down with it.</summary>
public sealed class FailingCommentTests : IAsyncLifetime
{
    private const string Injected = "injected failure for a poison comment";

    private DedicatedBus _bus = null!;

    private BusProbe Probe => _bus.Probe;

    // A long batch window, so the comments published together are decided in one batch; two quick retries.
    public async Task InitializeAsync() => _bus = await DedicatedBus.StartAsync("failing",
        services => services.AddSingleton<IDecisionStore>(sp => new PoisonedDecisions(ActivatorUtilities.CreateInstance<RedisDecisionStore>(sp))),
        ("Moderation:BatchTimeLimit", "00:00:01"),
        ("Moderation:RetryIntervals:0", "00:00:00.3"),
        ("Moderation:RetryIntervals:1", "00:00:00.3"));

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Fact]
    public async Task The_comments_batched_with_one_that_cannot_be_decided_are_answered_and_only_it_is_parked()
    {
        var good = Enumerable.Range(0, 12).Select(i => Comments.Valid(text: $"Komentar biasa nomor {i} soal banjir di kota.")).ToList();
        var poison = Comments.Valid(commentId: $"poison-{Guid.NewGuid():N}");
        var parkedBefore = await ErrorQueueDepthAsync();
        for (var i = 0; i < good.Count; i++)
        {
            await Probe.PublishAsync(good[i]);
            if (i == good.Count / 2)
            {
                await Probe.PublishAsync(poison);
            }
        }

        // Well before the retries of the failed batch run out.
        var ids = good.Select(c => (string)c["commentId"]!).ToList();
        await Probe.WaitForAsync(ids, TimeSpan.FromSeconds(20));
        await Eventually.GetAsync(ErrorQueueDepthAsync, depth => depth > parkedBefore, TimeSpan.FromSeconds(30), "the poison comment in the error queue");

        foreach (var comment in good)
        {
            var id = (string)comment["commentId"]!;
            Probe.For(id).Select(d => (d.Exchange, d.MessageId)).Distinct().Should().ContainSingle(id)
                .Which.MessageId.Should().Be(DecisionKey.For(id, (string)comment["text"]!).MessageId.ToString());
        }

        Probe.For((string)poison["commentId"]!).Should().BeEmpty();
        var parked = await Probe.Channel.BasicGetAsync(ModerationTopology.ErrorQueue, autoAck: false);
        parked!.BasicProperties.Headers!["MT-Fault-Message"].Should().BeOfType<byte[]>()
            .Which.Should().Equal(System.Text.Encoding.UTF8.GetBytes(Injected));
        await Probe.Channel.BasicNackAsync(parked.DeliveryTag, multiple: false, requeue: true);
    }

    private async Task<uint> ErrorQueueDepthAsync() =>
        (await Probe.Channel.QueueDeclareAsync(ModerationTopology.ErrorQueue, durable: true, exclusive: false, autoDelete: false)).MessageCount;

    /// <summary>The real store, except that looking up a comment whose id starts with "poison-" always fails.</summary>
    private sealed class PoisonedDecisions(IDecisionStore inner) : IDecisionStore
    {
        public Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken) =>
            keys.Any(k => k.CommentId.StartsWith("poison-", StringComparison.Ordinal))
                ? throw new InvalidOperationException(Injected)
                : inner.FindAsync(keys, cancellationToken);

        public Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken) =>
            inner.RecordAsync(decisions, cancellationToken);

        public Task<bool[]> WerePublishedAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken) =>
            inner.WerePublishedAsync(keys, cancellationToken);

        public void MarkPublished(IReadOnlyList<DecisionKey> keys) => inner.MarkPublished(keys);
    }
}
