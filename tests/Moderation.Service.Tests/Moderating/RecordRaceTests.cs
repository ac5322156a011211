using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Review.Queue;
using Moderation.Service.Stores;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Moderating;

/// <summary>Two instances deciding the same comment at once (the CMS published it twice): the decision recorded first stands.
/// The instance that lost the race answers with it, and hands it to the review desk, which was given its own decision in the
/// same flush as the record.</summary>
public sealed class RecordRaceTests : IAsyncLifetime
{
    private readonly ServiceHost _root = ServiceHost.InMemory();
    private WebApplicationFactory<Program> _host = null!;
    private CommentDecision? _recordedFirst;

    public Task InitializeAsync()
    {
        _host = _root.Replacing(services => services.AddSingleton<IDecisionStore>(provider =>
            new RecordedFirstElsewhere(ActivatorUtilities.CreateInstance<InMemoryDecisionStore>(provider), () => _recordedFirst)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _root.DisposeAsync();

    [Fact]
    public async Task The_decision_another_instance_recorded_first_is_answered_and_queued_for_review()
    {
        var comment = Comments.Valid();
        var id = (string)comment["commentId"]!;
        _recordedFirst = SampleDecisions.Of("flagged", id);

        var answer = await (await _host.CreateClient().PostAsJsonAsync("/api/comments", comment)).Content.ReadFromJsonAsync<JsonElement>();

        answer.GetProperty("decision").GetString().Should().Be("flagged", "this instance would have approved it, but the other recorded first");
        var queued = await _host.Services.GetRequiredService<IReviewQueue>().FindAsync(id, CancellationToken.None);
        queued.Should().NotBeNull("the decision that stands is flagged, so the comment waits for a moderator");
        queued!.Status.Should().Be(ReviewStatus.Flagged);
    }

    /// <summary>Another instance records <paramref name="other"/> for each key between this one's lookup and its record.</summary>
    private sealed class RecordedFirstElsewhere(IDecisionStore inner, Func<CommentDecision?> other) : IDecisionStore
    {
        public Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken) =>
            inner.FindAsync(keys, cancellationToken);

        public async Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken)
        {
            if (other() is { } first)
            {
                await inner.RecordAsync([.. decisions.Select(entry => (entry.Key, first))], cancellationToken);
            }

            return await inner.RecordAsync(decisions, cancellationToken);
        }

        public Task<bool[]> WerePublishedAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken) =>
            inner.WerePublishedAsync(keys, cancellationToken);

        public void MarkPublished(IReadOnlyList<DecisionKey> keys) => inner.MarkPublished(keys);
    }
}
