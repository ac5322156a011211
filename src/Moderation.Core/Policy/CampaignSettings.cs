namespace Moderation.Policy;

/// <summary>When the service calls near-copies a campaign: this many distinct authors within the window.</summary>
public sealed record CampaignSettings(int MinAuthors, int WindowSeconds);
