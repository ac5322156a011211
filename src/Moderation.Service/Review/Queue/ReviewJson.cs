using System.Text.Json;

namespace Moderation.Service.Review.Queue;

/// <summary>Review items as stored JSON (camelCase, as the API shows them).</summary>
public static class ReviewJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(ReviewItem item) => JsonSerializer.Serialize(item, Options);

    public static ReviewItem Deserialize(string json) => JsonSerializer.Deserialize<ReviewItem>(json, Options)!;
}
