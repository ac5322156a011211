using System.Text.Json;

namespace Moderation.Service.Tests.Hosting;

/// <summary>One decision event as it arrived: exchange, AMQP message_id, content type, whether it was published persistent,
/// and raw body (parsed once).</summary>
public sealed record DecisionMessage(string Exchange, string? MessageId, string? ContentType, bool Persistent, string Body)
{
    public JsonElement Json { get; } = JsonDocument.Parse(Body).RootElement.Clone();

    public string? CommentId => Json.TryGetProperty("commentId", out var id) ? id.GetString() : null;

    public string Decision => Json.GetProperty("decision").GetString()!;
}
