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

    /// <summary>Failed sign-ins of one account within <see cref="SignInFailureWindow"/> after which its sign-ins wait.</summary>
    public int SignInFailuresPerAccount { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address within <see cref="SignInFailureWindow"/> after which its sign-ins wait.</summary>
    public int SignInFailuresPerAddress { get; set; } = 20;

    /// <summary>The sliding window of the sign-in throttle: the longest a throttled sign-in waits.</summary>
    public TimeSpan SignInFailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Reader reports (POST /api/reports) accepted per minute from one client address; more get 429 with Retry-After.</summary>
    public int ReportsPerMinute { get; set; } = 600;

    /// <summary>How long a sign-in lasts (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long the decide call waits for the broker to confirm CommentReviewed before answering 202 (recorded, published later).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a decision may wait in the outbox before the relay finishes it; also the lease of a claim on it.</summary>
    public TimeSpan OutboxGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the relay looks for decisions left in the outbox.</summary>
    public TimeSpan OutboxRelayInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A decision older than this still in the outbox makes the health check report Degraded.</summary>
    public TimeSpan OutboxAlertAge { get; set; } = TimeSpan.FromMinutes(5);
}
