using Moderation.Formats;
using Moderation.Service.Review.Accounts;

namespace Moderation.Service.Tests.Hosting;

/// <summary>The accounts every test host has unless a test configures its own: two moderators and an admin.</summary>
public static class Moderators
{
    public const string Siti = "mod-siti";
    public const string Andi = "mod-andi";
    public const string Rina = "admin-rina";

    public static string PasswordOf(string id) => $"{id}-kata-sandi";

    public static readonly IReadOnlyList<(string Key, string? Value)> Settings = Accounts();

    private static List<(string Key, string? Value)> Accounts()
    {
        var settings = new List<(string Key, string? Value)>();
        var accounts = new[] { (Siti, Roles.Moderator), (Andi, Roles.Moderator), (Rina, Roles.Admin) };
        for (var i = 0; i < accounts.Length; i++)
        {
            var (id, role) = accounts[i];
            settings.Add(($"Review:Accounts:{i}:Id", id));
            settings.Add(($"Review:Accounts:{i}:Role", role));
            settings.Add(($"Review:Accounts:{i}:PasswordHash", ModeratorPassword.Hash(PasswordOf(id))));
        }

        return settings;
    }
}
