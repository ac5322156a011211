using Moderation.Decisions;

namespace Moderation.Pipeline;

/// <summary>A signal about a comment that does not come from its text: author velocity or a detected campaign (the service measures these).</summary>
/// <param name="Signal">The policy signal name: "velocity" or "campaign".</param>
/// <param name="CampaignId">Set for campaign signals, so all decisions of one campaign share it.</param>
public sealed record ContextSignal(string Signal, double Score, string Detail, string? CampaignId = null);
