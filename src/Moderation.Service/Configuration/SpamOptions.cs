namespace Moderation.Service.Configuration;

/// <summary>Author-velocity and campaign thresholds (defaults; the policy file may override them). Checked by <see cref="ModerationOptionsValidation"/>.</summary>
public sealed class SpamOptions
{
    public TimeSpan VelocityWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>This many comments by one author within <see cref="VelocityWindow"/> is a velocity signal.</summary>
    public int VelocityComments { get; set; } = 6;

    public TimeSpan CampaignWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>This many distinct authors posting the same or nearly the same text within <see cref="CampaignWindow"/> is a campaign.</summary>
    public int CampaignAuthors { get; set; } = 3;

    /// <summary>Texts with fewer letters than this are too short to call a campaign ("setuju!" from many readers is not spam).</summary>
    public int CampaignMinLetters { get; set; } = 20;
}
