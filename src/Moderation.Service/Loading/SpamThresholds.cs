using Moderation.Policy;
using Moderation.Service.Configuration;

namespace Moderation.Service.Loading;

/// <summary>When author velocity and repeated texts become spam signals.</summary>
/// <param name="VelocityComments">This many comments by one author within the window is a velocity signal.</param>
public sealed record SpamThresholds(TimeSpan VelocityWindow, int VelocityComments, TimeSpan CampaignWindow, int CampaignAuthors, int CampaignMinLetters)
{
    /// <summary>The policy file sets the windows and counts (counsel owns them); the service only decides how short a text is
    /// too short to call a campaign.</summary>
    public static SpamThresholds From(ModerationPolicy policy, SpamOptions options) =>
        new(
            TimeSpan.FromSeconds(policy.Velocity.WindowSeconds),
            // The policy says "more than MaxComments"; the velocity store counts "at least".
            policy.Velocity.MaxComments + 1,
            TimeSpan.FromSeconds(policy.Campaign.WindowSeconds),
            policy.Campaign.MinAuthors,
            options.CampaignMinLetters);
}
