namespace Moderation.Service.Review.Desk;

/// <summary>What a bulk campaign decision did: the comments decided, and those left because another moderator held them.</summary>
public sealed record CampaignResult(string CampaignId, IReadOnlyList<string> Decided, IReadOnlyList<string> Conflicts);
