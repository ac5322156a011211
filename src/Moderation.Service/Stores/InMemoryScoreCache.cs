using System.Collections.Concurrent;
using Moderation.Pipeline;

namespace Moderation.Service.Stores;

/// <summary>The score cache in process memory (the no-configuration default). Unbounded: a development convenience.</summary>
public sealed class InMemoryScoreCache : IScoreCache
{
    private readonly ConcurrentDictionary<string, TextAssessment> _assessments = new(StringComparer.Ordinal);

    public Task<TextAssessment?[]> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new TextAssessment?[keys.Count];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = _assessments.TryGetValue(keys[i], out var assessment) ? assessment : null;
        }

        return Task.FromResult(found);
    }

    public Task StoreAsync(IReadOnlyList<(string Key, TextAssessment Assessment)> assessments, CancellationToken cancellationToken)
    {
        foreach (var (key, assessment) in assessments)
        {
            _assessments[key] = assessment;
        }

        return Task.CompletedTask;
    }
}
