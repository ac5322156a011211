namespace Moderation.Service.Moderating;

/// <summary>The longest value each field of a submitted comment may have (the wire contract's optional fields included), so no
/// comment can make a queue listing, a timeline or the audit log grow without bound; reader reports carry the same fields.</summary>
public static class CommentFieldLimits
{
    public const int Id = 128;
    public const int AuthorName = 200;
    public const int ArticleTitle = 500;
    public const int ArticleUrl = 2048;
    public const int Section = 100;

    /// <summary>"name is N characters; the limit is M", or null when <paramref name="value"/> fits.</summary>
    public static string? TooLong(string name, string? value, int limit) =>
        value is { Length: var length } && length > limit ? $"{name} is {length} characters; the limit is {limit}" : null;
}
