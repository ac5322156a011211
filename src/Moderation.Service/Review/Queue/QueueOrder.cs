namespace Moderation.Service.Review.Queue;

/// <summary>The queue's sort key: higher priority first, then older first, as one ascending number (exact in a double).</summary>
public static class QueueOrder
{
    public static double Score(ReviewItem item) =>
        (100 - Math.Clamp(item.Priority, 0, 100)) * 1e13 + item.QueuedAt.ToUnixTimeMilliseconds();
}
