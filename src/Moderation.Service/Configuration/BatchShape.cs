namespace Moderation.Service.Configuration;

/// <summary>How comments are batched: at most <see cref="MessageLimit"/> per batch, <see cref="ConcurrencyLimit"/> batches at once.</summary>
public sealed record BatchShape(int MessageLimit, int ConcurrencyLimit)
{
    /// <summary>Comments in work at once.</summary>
    public int Capacity => MessageLimit * ConcurrencyLimit;

    /// <summary>Batches of <paramref name="batchSize"/> (fewer when fewer comments may be in work) filling <paramref name="concurrentMessages"/>.</summary>
    public static BatchShape Of(int concurrentMessages, int batchSize)
    {
        var limit = Math.Max(1, Math.Min(batchSize, concurrentMessages));
        return new BatchShape(limit, Math.Max(1, (concurrentMessages + limit - 1) / limit));
    }
}
