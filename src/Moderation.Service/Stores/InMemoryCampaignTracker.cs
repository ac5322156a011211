namespace Moderation.Service.Stores;

/// <summary>Campaign detection in process memory (the no-configuration default).</summary>
public sealed class InMemoryCampaignTracker : ICampaignTracker
{
    private readonly InMemorySlidingWindow _window = new();

    public Task<int[]> RecordAsync(IReadOnlyList<(string Fingerprint, string AuthorId)> posts, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken)
    {
        var counts = new int[posts.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = _window.Record(posts[i].Fingerprint, posts[i].AuthorId, at, window);
        }

        return Task.FromResult(counts);
    }
}
