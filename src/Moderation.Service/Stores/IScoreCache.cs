using Moderation.Pipeline;

namespace Moderation.Service.Stores;

/// <summary>Caches what depends on the normalised text alone (model scores, rule hits), keyed by a hash of that text.</summary>
public interface IScoreCache
{
    Task<TextAssessment?> FindAsync(string key, CancellationToken cancellationToken);

    Task StoreAsync(string key, TextAssessment assessment, CancellationToken cancellationToken);
}
