namespace Moderation.Service.Review.Accounts;

/// <summary>A moderator's sign-in from configuration (<c>Review:Accounts:N:Id</c>, <c>Name</c>, <c>Role</c>, <c>PasswordHash</c>).</summary>
public sealed class ModeratorAccount
{
    public string Id { get; set; } = "";

    /// <summary>Shown in the UI; the id when unset.</summary>
    public string? Name { get; set; }

    /// <summary>"moderator" or "admin" (admins may also moderate).</summary>
    public string Role { get; set; } = Roles.Moderator;

    /// <summary>The output of <c>moderation hash-password</c>; never the password itself.</summary>
    public string PasswordHash { get; set; } = "";
}
