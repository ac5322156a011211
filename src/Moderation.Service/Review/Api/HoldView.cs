namespace Moderation.Service.Review.Api;

/// <summary>The moderator's hold on an item and when it lapses unless renewed.</summary>
public sealed record HoldView(string CommentId, string ModeratorId, DateTimeOffset Until);
