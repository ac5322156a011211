using System.Text.Json;

namespace Moderation.Formats.Audit;

/// <summary>Audit entries as JSON (the "entry" field of each stream entry in Redis).</summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(AuditEntry entry) => JsonSerializer.Serialize(entry, Options);

    public static AuditEntry Deserialize(string json) => JsonSerializer.Deserialize<AuditEntry>(json, Options)!;
}
