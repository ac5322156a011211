using System.Text.Json;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Outbox;

/// <summary>Outbox entries as stored JSON (the review side's camelCase options).</summary>
public static class OutboxJson
{
    public static string Serialize(PendingReview pending) => JsonSerializer.Serialize(pending, ReviewJson.Options);

    public static PendingReview Deserialize(string json) => JsonSerializer.Deserialize<PendingReview>(json, ReviewJson.Options)!;
}
