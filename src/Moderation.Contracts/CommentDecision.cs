using System.Text.Json.Serialization;

namespace Moderation.Contracts;

/// <summary>The fields every decision event (approved, flagged, rejected) carries.</summary>
public abstract record CommentDecision
{
    public required string CommentId { get; init; }

    public required string? ArticleId { get; init; }

    public required string? AuthorId { get; init; }

    /// <summary>"approved", "flagged" or "rejected".</summary>
    public required string Decision { get; init; }

    /// <summary>Empty for approved comments.</summary>
    public required IReadOnlyList<Reason> Reasons { get; init; }

    /// <summary>One entry per category the model scores, 0..1.</summary>
    public required IReadOnlyDictionary<string, double> Scores { get; init; }

    /// <summary>0..100, 0 for approved; orders the moderators' queue.</summary>
    public required int Priority { get; init; }

    public required string ModelVersion { get; init; }

    public required string PolicyVersion { get; init; }

    [System.Text.Json.Serialization.JsonConverter(typeof(UtcTimestampConverter))]
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Present when the comment belongs to a detected spam campaign.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CampaignId { get; init; }
}
