using System.Text.Json.Serialization;

namespace Moderation.Contracts;

/// <summary>A reader submitted (or edited) a comment; published by the CMS to <c>moderation.comment-submitted</c>.</summary>
/// <remarks>Everything is nullable on purpose: a comment with a readable <see cref="CommentId"/> but a missing field
/// must still be read, so that it can be rejected as <c>invalid</c> rather than lost; so must one with a field of the wrong
/// JSON type (see <see cref="CommentSubmittedConverter"/>).</remarks>
[JsonConverter(typeof(CommentSubmittedConverter))]
public sealed record CommentSubmitted
{
    /// <summary>Required, 1..128 characters.</summary>
    public string? CommentId { get; init; }

    /// <summary>Required.</summary>
    public string? ArticleId { get; init; }

    public string? ArticleTitle { get; init; }

    public string? ArticleUrl { get; init; }

    public string? Section { get; init; }

    /// <summary>Required.</summary>
    public string? AuthorId { get; init; }

    public string? AuthorName { get; init; }

    public string? ParentCommentId { get; init; }

    /// <summary>Required, 1..5,000 characters by default (a service setting).</summary>
    public string? Text { get; init; }

    /// <summary>Required.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Fields present in the message that could not be read, with why ("is a number, not a string"); empty for a
    /// well-formed comment. Not on the wire.</summary>
    public IReadOnlyDictionary<string, string> Unreadable { get; init; } = NothingUnreadable;

    private static readonly IReadOnlyDictionary<string, string> NothingUnreadable = new Dictionary<string, string>();
}
