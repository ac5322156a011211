using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Pipeline;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Review.Authors;
using Moderation.Service.Stores;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Moderating;

/// <summary>A comment costs two store round trips before its decision is published: one that reads (recorded decision, cached
/// scores, context) and one that writes (decision, scores, the review desk's history and queue). With Redis on another machine
/// each round trip adds its latency to every comment of the batch.</summary>
/// <remarks>The doubles hold the recorded decision's lookup until the score lookup was issued, and the decision's record until
/// the author history's write was issued: issued one after the other, each would wait for a call that never comes.</remarks>
public sealed class FlushTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Rendezvous _scoresLookedUp = new("the score lookup");
    private readonly Rendezvous _historyWritten = new("the author history's write");
    private readonly ServiceHost _root = ServiceHost.InMemory();
    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        _host = _root.Replacing(services =>
        {
            services.AddSingleton<IDecisionStore>(provider => new WaitingDecisions(
                ActivatorUtilities.CreateInstance<InMemoryDecisionStore>(provider), _scoresLookedUp, _historyWritten));
            services.AddSingleton<IScoreCache>(new SignallingScores(new InMemoryScoreCache(), _scoresLookedUp));
            services.AddSingleton<IAuthorHistoryStore>(new SignallingHistory(new InMemoryAuthorHistoryStore(), _historyWritten));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _root.DisposeAsync();

    [Fact]
    public async Task A_comment_is_looked_up_in_one_flush_and_recorded_in_another()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/api/comments", Comments.Valid());

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        _scoresLookedUp.Called.Should().BeTrue();
        _historyWritten.Called.Should().BeTrue();
    }

    /// <summary>A call that another waits for (at most <see cref="Patience"/>).</summary>
    private sealed class Rendezvous(string call)
    {
        private readonly TaskCompletionSource _called = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Called => _called.Task.IsCompleted;

        public void Arrive() => _called.TrySetResult();

        public async Task AwaitAsync(string waiter)
        {
            try
            {
                await _called.Task.WaitAsync(Patience);
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"{waiter} was not issued together with {call}");
            }
        }
    }

    private sealed class WaitingDecisions(IDecisionStore inner, Rendezvous scores, Rendezvous history) : IDecisionStore
    {
        public async Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken)
        {
            await scores.AwaitAsync("the recorded decisions' lookup");
            return await inner.FindAsync(keys, cancellationToken);
        }

        public async Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken)
        {
            await history.AwaitAsync("the decisions' record");
            return await inner.RecordAsync(decisions, cancellationToken);
        }

        public Task<bool[]> WerePublishedAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken) =>
            inner.WerePublishedAsync(keys, cancellationToken);

        public void MarkPublished(IReadOnlyList<DecisionKey> keys) => inner.MarkPublished(keys);
    }

    private sealed class SignallingScores(IScoreCache inner, Rendezvous lookedUp) : IScoreCache
    {
        public Task<TextAssessment?[]> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            lookedUp.Arrive();
            return inner.FindAsync(keys, cancellationToken);
        }

        public Task StoreAsync(IReadOnlyList<(string Key, TextAssessment Assessment)> assessments, CancellationToken cancellationToken) =>
            inner.StoreAsync(assessments, cancellationToken);
    }

    private sealed class SignallingHistory(IAuthorHistoryStore inner, Rendezvous written) : IAuthorHistoryStore
    {
        public Task RecordAsync(IReadOnlyList<(string AuthorId, AuthorComment Comment)> entries, CancellationToken cancellationToken)
        {
            written.Arrive();
            return inner.RecordAsync(entries, cancellationToken);
        }

        public Task<AuthorHistory> FindAsync(string authorId, CancellationToken cancellationToken) => inner.FindAsync(authorId, cancellationToken);
    }
}
