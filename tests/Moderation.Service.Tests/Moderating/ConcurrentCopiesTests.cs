using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Service.Messaging;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Moderating;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Service.Tests.Moderating;

/// <summary>Copies of one comment in flight at once get one decision and one publication.</summary>
public sealed class ConcurrentCopiesTests
{
    [Fact]
    public async Task A_copy_that_arrives_while_the_first_is_being_published_is_not_published_again()
    {
        var exchanges = new GatedExchanges();
        await using var service = ServiceHost.InMemory();
        await using var host = service.Replacing(services => services.AddSingleton<IDecisionExchanges>(exchanges));
        var comment = Comments.Valid();
        var metrics = host.Services.GetRequiredService<Moderation.Service.Observability.ModerationMetrics>().Registry;

        // The first copy is decided and its publish held at the broker; the second arrives meanwhile.
        var first = host.CreateClient().PostAsJsonAsync("/api/comments", comment);
        await Eventually.GetAsync(() => Task.FromResult(exchanges.Published.Count), n => n >= 1, TimeSpan.FromSeconds(20), "the first copy's publish");
        var second = host.CreateClient().PostAsJsonAsync("/api/comments", comment);
        await Eventually.GetAsync(async () => exchanges.Published.Count + await MetricValues.SumAsync(metrics, "moderation_copies_waited_total"),
            n => n >= 2, TimeSpan.FromSeconds(20), "the second copy published or waiting for the first");
        exchanges.Release();

        (await first).EnsureSuccessStatusCode();
        (await second).EnsureSuccessStatusCode();
        exchanges.Published.Should().ContainSingle().Which.Should().Be((string)comment["commentId"]!);
    }

    /// <summary>The decision exchanges, holding the first publish until released (a slow broker confirm); later ones pass.</summary>
    private sealed class GatedExchanges : IDecisionExchanges
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public ConcurrentQueue<string> Published { get; } = new();

        public void Release() => _gate.TrySetResult();

        public async Task PublishAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
        {
            Published.Enqueue(key.CommentId);
            if (Interlocked.Increment(ref _calls) == 1)
            {
                await _gate.Task.WaitAsync(cancellationToken);
            }
        }
    }
}
