using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.Configuration;
using Moderation.Service.Moderating;

namespace Moderation.Service.Stores;

/// <summary>Decisions in process memory, with the same TTL semantics as Redis (the no-configuration default).</summary>
public sealed class InMemoryDecisionStore(IOptions<ModerationOptions> options, TimeProvider time) : IDecisionStore
{
    private readonly ConcurrentDictionary<DecisionKey, (string Json, DateTimeOffset Expires)> _decisions = new();
    private readonly TimeSpan _ttl = options.Value.DecisionTtl;

    public Task<CommentDecision?> FindAsync(DecisionKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_decisions.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow()
            ? DecisionJson.Deserialize(entry.Json)
            : null);

    public Task<CommentDecision> RecordAsync(DecisionKey key, CommentDecision decision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidate = (DecisionJson.Serialize(decision), now + _ttl);
        var standing = _decisions.AddOrUpdate(key, candidate, (_, existing) => existing.Expires > now ? existing : candidate);
        return Task.FromResult(ReferenceEquals(standing.Json, candidate.Item1) ? decision : DecisionJson.Deserialize(standing.Json));
    }
}
