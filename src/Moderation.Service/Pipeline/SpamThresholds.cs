using Moderation.Policy;
using Moderation.Service.Configuration;

namespace Moderation.Service.Pipeline;

/// <summary>When author velocity and repeated texts become spam signals.</summary>
public sealed record SpamThresholds(TimeSpan VelocityWindow, int VelocityComments, TimeSpan CampaignWindow, int CampaignAuthors, int CampaignMinLetters)
{
    /// <summary>The one place thresholds are chosen: the policy file's once it carries them, the configured defaults until then.</summary>
    public static SpamThresholds From(ModerationPolicy policy, SpamOptions defaults) =>
        new(defaults.VelocityWindow, defaults.VelocityComments, defaults.CampaignWindow, defaults.CampaignAuthors, defaults.CampaignMinLetters);
}
