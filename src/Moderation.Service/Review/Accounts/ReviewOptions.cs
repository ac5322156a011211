namespace Moderation.Service.Review.Accounts;

/// <summary>The review side's settings (section "Review", environment variables <c>Review__Name</c>).</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>Who may sign in. Required outside Development; in Development an empty list gets one demo moderator.</summary>
    public List<ModeratorAccount> Accounts { get; set; } = [];

    /// <summary>How long opening an item holds it for the moderator; the UI renews it while the item stays open.</summary>
    public TimeSpan HoldDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The due time of a machine flag, from when it was flagged.</summary>
    public TimeSpan FlagDueAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a decided item's timeline is kept.</summary>
    public TimeSpan DecidedRetention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How long a sign-in lasts (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
