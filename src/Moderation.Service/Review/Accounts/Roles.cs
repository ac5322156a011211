namespace Moderation.Service.Review.Accounts;

/// <summary>The two roles and the authorization policies named after them.</summary>
public static class Roles
{
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    public static bool IsKnown(string role) => role is Moderator or Admin;
}
