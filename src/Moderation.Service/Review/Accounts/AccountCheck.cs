using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Moderation.Service.Review.Accounts;

/// <summary>Every request's session is checked against the configured accounts: a session of an account that is no longer
/// configured, or whose role or name changed, is ended (the moderator signs in again and gets the current role).</summary>
public static class AccountCheck
{
    /// <summary>The account the session's claims name, when it is still configured with the same role and name; otherwise null.</summary>
    public static ModeratorAccount? Current(ClaimsPrincipal user, IReadOnlyList<ModeratorAccount> accounts)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = accounts.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
        return account is not null
            && string.Equals(account.Role, user.FindFirstValue(ClaimTypes.Role), StringComparison.Ordinal)
            && string.Equals(account.Name ?? account.Id, user.FindFirstValue(ClaimTypes.Name), StringComparison.Ordinal)
            ? account
            : null;
    }

    /// <summary>The cookie handler's hook: runs on every request that carries a session.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<ReviewOptions>>().CurrentValue.Accounts;
        if (context.Principal is { } user && Current(user, accounts) is null)
        {
            context.RejectPrincipal();
            // Ends the session on the server too, so the cookie is refused everywhere from now on.
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
