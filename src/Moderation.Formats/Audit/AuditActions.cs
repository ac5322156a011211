namespace Moderation.Formats.Audit;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string SignedIn = "signed-in";
    public const string SignedOut = "signed-out";

    /// <summary>A wrong password or an unknown id (the id as typed, never the password).</summary>
    public const string SignInFailed = "sign-in-failed";
    public const string Opened = "opened";
    public const string Decided = "decided";
    public const string Takedown = "takedown";
}
