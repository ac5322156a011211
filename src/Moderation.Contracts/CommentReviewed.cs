using System.Text.Json.Serialization;

namespace Moderation.Contracts;

/// <summary>A moderator decided a held comment; published to <c>moderation.comment-reviewed</c>. The latest <see cref="ReviewedAt"/> stands.</summary>
/// <param name="Outcome">"approved" or "rejected".</param>
public sealed record CommentReviewed(
    string CommentId,
    string Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Category,
    string ModeratorId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PreviousDecision,
    DateTimeOffset ReviewedAt);
