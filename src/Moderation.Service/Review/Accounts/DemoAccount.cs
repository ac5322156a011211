using System.Security.Cryptography;
using Moderation.Formats;

namespace Moderation.Service.Review.Accounts;

/// <summary>Development only, with no accounts configured: one demo moderator with a fresh random password, announced at start.</summary>
public sealed class DemoAccount(ILogger<DemoAccount> logger, string password) : IHostedService
{
    public const string Id = "demo";

    public static (ModeratorAccount Account, string Password) Create()
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', 'x').Replace('/', 'y');
        return (new ModeratorAccount { Id = Id, Name = "Moderator Demo", Role = Roles.Admin, PasswordHash = ModeratorPassword.Hash(password) }, password);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Deliberately logs a password: it exists only in Development, only for this process, and nobody could sign in otherwise.
        logger.LogWarning("No Review:Accounts configured (Development): sign in to /review/ as '{Id}' with password '{Password}'", Id, password);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
