namespace Moderation.Service.Configuration;

/// <summary>Campaign settings that belong to the service, not the policy (the policy file sets the windows and counts).
/// Checked by <see cref="ModerationOptionsValidation"/>.</summary>
public sealed class SpamOptions
{
    /// <summary>Texts with fewer letters than this are too short to call a campaign ("setuju!" from many readers is not spam).</summary>
    public int CampaignMinLetters { get; set; } = 20;
}
