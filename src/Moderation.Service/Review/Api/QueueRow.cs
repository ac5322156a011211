using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>A queued item as the queue list shows it, with whether it is past its due time.</summary>
public sealed record QueueRow(ReviewItem Item, bool Overdue);
