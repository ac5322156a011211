using System.Security.Claims;

namespace Moderation.Service.Review.Api;

/// <summary>Reads the signed-in moderator's id from the session cookie's claims.</summary>
public static class ModeratorClaims
{
    public static string ModeratorId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in moderator.");
}
