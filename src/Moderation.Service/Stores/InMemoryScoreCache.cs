using System.Collections.Concurrent;
using Moderation.Pipeline;

namespace Moderation.Service.Stores;

/// <summary>The score cache in process memory (the no-configuration default). Unbounded: a development convenience.</summary>
public sealed class InMemoryScoreCache : IScoreCache
{
    private readonly ConcurrentDictionary<string, TextAssessment> _assessments = new(StringComparer.Ordinal);

    public Task<TextAssessment?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_assessments.TryGetValue(key, out var assessment) ? assessment : null);

    public Task StoreAsync(string key, TextAssessment assessment, CancellationToken cancellationToken)
    {
        _assessments[key] = assessment;
        return Task.CompletedTask;
    }
}
