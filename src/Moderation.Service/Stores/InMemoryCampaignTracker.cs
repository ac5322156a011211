namespace Moderation.Service.Stores;

/// <summary>Campaign detection in process memory (the no-configuration default).</summary>
public sealed class InMemoryCampaignTracker : ICampaignTracker
{
    private readonly InMemorySlidingWindow _window = new();

    public Task<int> RecordAsync(string fingerprint, string authorId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken) =>
        Task.FromResult(_window.Record(fingerprint, authorId, at, window));
}
