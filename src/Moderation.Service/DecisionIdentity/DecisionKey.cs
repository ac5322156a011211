using System.Security.Cryptography;
using System.Text;

namespace Moderation.Service.DecisionIdentity;

/// <summary>The unit of moderation: a comment id and the SHA-256 of its raw text. One decision per key.</summary>
public sealed record DecisionKey(string CommentId, string TextHash)
{
    // A fixed namespace so ids are stable across processes and releases (UUIDv5-style: SHA-1 over namespace + name).
    private static readonly byte[] Namespace = Guid.Parse("6f1b7a52-3c1e-4d7a-9a57-1d8a3f0c2b11").ToByteArray(bigEndian: true);

    public static DecisionKey For(string commentId, string? text) => new(commentId, Sha256Hex(text ?? string.Empty));

    /// <summary>The AMQP message_id of this comment's decision event: the same on every (re)publish.</summary>
    public Guid MessageId
    {
        get
        {
            var name = Encoding.UTF8.GetBytes($"{CommentId}\n{TextHash}");
            var input = new byte[Namespace.Length + name.Length];
            Namespace.CopyTo(input, 0);
            name.CopyTo(input, Namespace.Length);
            Span<byte> hash = stackalloc byte[20];
            SHA1.HashData(input, hash);
            var bytes = hash[..16];
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes, bigEndian: true);
        }
    }

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
