using Microsoft.AspNetCore.Identity;

namespace Moderation.Formats;

/// <summary>Hashes and checks moderators' passwords with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned format).
/// The CLI's hash-password verb uses it too.</summary>
public static class ModeratorPassword
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(string.Empty, password);

    /// <summary>Whether <paramref name="hash"/> has the hasher's format (version 3: marker, PRF, iterations, salt length, salt
    /// and the 256-bit subkey it always writes; or the older version 2), so a hash cut short or mangled is refused at start.</summary>
    public static bool IsWellFormed(string hash)
    {
        var bytes = new byte[hash.Length];
        if (!Convert.TryFromBase64String(hash, bytes, out var length) || length == 0)
        {
            return false;
        }

        const int v3Header = 13, subkey = 32;
        return bytes[0] switch
        {
            0x00 => length == 1 + 16 + 32,
            0x01 when length > v3Header =>
                System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9, 4)) is var saltLength
                && saltLength >= 16 && length == v3Header + saltLength + subkey,
            _ => false,
        };
    }

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
