namespace Moderation.Service.Review.Desk;

/// <summary>What a bulk campaign decision did: the comments decided, those left because another moderator held them, and those of the
/// decided whose CommentReviewed waits in the outbox (the broker was unavailable).</summary>
public sealed record CampaignResult(string CampaignId, IReadOnlyList<string> Decided, IReadOnlyList<string> Conflicts, IReadOnlyList<string> Pending);
