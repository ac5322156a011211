namespace Moderation.Service.Stores;

/// <summary>Counts the distinct authors who posted one text fingerprint in a sliding window.</summary>
public interface ICampaignTracker
{
    /// <summary>Records each (fingerprint, author) at <paramref name="at"/>, in order, and returns for each how many distinct authors
    /// posted its fingerprint in (at - window, at] once it was recorded.</summary>
    Task<int[]> RecordAsync(IReadOnlyList<(string Fingerprint, string AuthorId)> posts, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Records the author at <paramref name="at"/> and returns how many distinct authors posted the fingerprint in (at - window, at].</summary>
    async Task<int> RecordAsync(string fingerprint, string authorId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        (await RecordAsync([(fingerprint, authorId)], at, window, cancellationToken))[0];
}
