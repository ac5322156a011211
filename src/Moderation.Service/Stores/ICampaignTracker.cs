namespace Moderation.Service.Stores;

/// <summary>Counts the distinct authors who posted one text fingerprint in a sliding window.</summary>
public interface ICampaignTracker
{
    /// <summary>Records the author at <paramref name="at"/> and returns how many distinct authors posted the fingerprint in (at - window, at].</summary>
    Task<int> RecordAsync(string fingerprint, string authorId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken);
}
