namespace Moderation.Service.Review.Audit;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string SignedIn = "signed-in";
    public const string SignedOut = "signed-out";
    public const string Opened = "opened";
    public const string Decided = "decided";
    public const string Takedown = "takedown";
}
