using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moderation.Contracts;

/// <summary>Writes timestamps as the wire contract shows them, in UTC with a "Z" ("2026-11-25T19:00:00.012Z");
/// reads any ISO 8601 offset.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}
