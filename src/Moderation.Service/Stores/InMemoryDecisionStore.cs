using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.Configuration;
using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Stores;

/// <summary>Decisions in process memory, with the same TTL semantics as Redis (the no-configuration default).</summary>
public sealed class InMemoryDecisionStore(IOptions<ModerationOptions> options, TimeProvider time) : IDecisionStore
{
    private readonly ConcurrentDictionary<DecisionKey, (string Json, DateTimeOffset Expires)> _decisions = new();
    private readonly ConcurrentDictionary<DecisionKey, DateTimeOffset> _published = new();
    private readonly TimeSpan _ttl = options.Value.DecisionTtl;

    public Task<CommentDecision?[]> FindAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = new CommentDecision?[keys.Count];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = _decisions.TryGetValue(keys[i], out var entry) && entry.Expires > now ? DecisionJson.Deserialize(entry.Json) : null;
        }

        return Task.FromResult(found);
    }

    public Task<CommentDecision[]> RecordAsync(IReadOnlyList<(DecisionKey Key, CommentDecision Decision)> decisions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var standing = new CommentDecision[decisions.Count];
        for (var i = 0; i < standing.Length; i++)
        {
            var (key, decision) = decisions[i];
            var candidate = (DecisionJson.Serialize(decision), now + _ttl);
            var stored = _decisions.AddOrUpdate(key, candidate, (_, existing) => existing.Expires > now ? existing : candidate);
            standing[i] = ReferenceEquals(stored.Json, candidate.Item1) ? decision : DecisionJson.Deserialize(stored.Json);
        }

        return Task.FromResult(standing);
    }

    public Task<bool[]> WerePublishedAsync(IReadOnlyList<DecisionKey> keys, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = new bool[keys.Count];
        for (var i = 0; i < published.Length; i++)
        {
            published[i] = _published.TryGetValue(keys[i], out var expires) && expires > now;
        }

        return Task.FromResult(published);
    }

    public void MarkPublished(IReadOnlyList<DecisionKey> keys)
    {
        var expires = time.GetUtcNow() + _ttl;
        foreach (var key in keys)
        {
            _published[key] = expires;
        }
    }
}
