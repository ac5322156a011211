using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>One item with everything the review screen shows: the item, whether it is still queued, the author's history, the campaign's size.</summary>
public sealed record ItemView(ReviewItem Item, bool Queued, bool Overdue, AuthorHistory Author, int CampaignQueued);
