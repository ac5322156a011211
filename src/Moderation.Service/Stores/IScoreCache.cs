using Moderation.Pipeline;

namespace Moderation.Service.Stores;

/// <summary>Caches what depends on the normalised text alone (model scores, rule hits), keyed by a hash of that text.
/// The list forms take a whole batch of comments in one round trip.</summary>
public interface IScoreCache
{
    /// <summary>The cached assessment of each key, in order; null where none is cached.</summary>
    Task<TextAssessment?[]> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    Task StoreAsync(IReadOnlyList<(string Key, TextAssessment Assessment)> assessments, CancellationToken cancellationToken);

    async Task<TextAssessment?> FindAsync(string key, CancellationToken cancellationToken) => (await FindAsync([key], cancellationToken))[0];

    Task StoreAsync(string key, TextAssessment assessment, CancellationToken cancellationToken) => StoreAsync([(key, assessment)], cancellationToken);
}
