using Microsoft.AspNetCore.Identity;

namespace Moderation.Service.Review.Accounts;

/// <summary>Hashes and checks moderators' passwords with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned format).
/// The CLI's hash-password verb compiles this same file.</summary>
public static class ModeratorPassword
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(string.Empty, password);

    public static bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(string.Empty, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
