namespace Moderation.Service.Review.Desk;

/// <summary>The deadlines the law and the press council set (domain.md); machine flags use the configured Review:FlagDueAfter.</summary>
public static class DueTimes
{
    /// <summary>Dewan Pers: act on a reader's report within 2 x 24 hours.</summary>
    public static readonly TimeSpan ReaderReport = TimeSpan.FromHours(48);

    /// <summary>PP 71/2019, Permenkominfo 5/2020: an ordinary takedown order within 24 hours.</summary>
    public static readonly TimeSpan Takedown = TimeSpan.FromHours(24);

    /// <summary>An urgent order (terrorism, child abuse, unrest) within 4 hours.</summary>
    public static readonly TimeSpan UrgentTakedown = TimeSpan.FromHours(4);

    /// <summary>Queue priority of a reported comment at least, and of takedown orders.</summary>
    public const int ReportPriority = 60;
    public const int TakedownPriority = 95;
    public const int UrgentTakedownPriority = 100;
}
