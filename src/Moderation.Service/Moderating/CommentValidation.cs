using Moderation.Contracts;
using static Moderation.Service.Moderating.CommentFieldLimits;

namespace Moderation.Service.Moderating;

/// <summary>The wire contract's limits on a readable comment. A breach is a rejection with category "invalid".</summary>
public static class CommentValidation
{
    /// <summary>Throws when the comment has no id (it cannot be answered); otherwise returns why it is invalid, or null.</summary>
    public static string? Check(CommentSubmitted comment, int maxTextLength)
    {
        EnsureReadable(comment);

        // A field of the wrong type is reported as such, not again as missing.
        var problems = comment.Unreadable.Select(field => $"{field.Key} {field.Value}").ToList();
        // The other fields are shown to moderators and kept with the item: each has a limit too.
        problems.AddRange(new[]
        {
            TooLong("commentId", comment.CommentId, Id), TooLong("articleId", comment.ArticleId, Id), TooLong("authorId", comment.AuthorId, Id),
            TooLong("parentCommentId", comment.ParentCommentId, Id),
            TooLong("authorName", comment.AuthorName, AuthorName),
            TooLong("articleTitle", comment.ArticleTitle, ArticleTitle),
            TooLong("articleUrl", comment.ArticleUrl, ArticleUrl), TooLong("section", comment.Section, Section),
        }.OfType<string>());

        if (string.IsNullOrEmpty(comment.ArticleId) && !comment.Unreadable.ContainsKey("articleId"))
        {
            problems.Add("articleId is missing");
        }

        if (string.IsNullOrEmpty(comment.AuthorId) && !comment.Unreadable.ContainsKey("authorId"))
        {
            problems.Add("authorId is missing");
        }

        if (comment.SubmittedAt is null && !comment.Unreadable.ContainsKey("submittedAt"))
        {
            problems.Add("submittedAt is missing");
        }

        if (comment.Text is null)
        {
            if (!comment.Unreadable.ContainsKey("text"))
            {
                problems.Add("text is missing");
            }
        }
        else if (string.IsNullOrWhiteSpace(comment.Text))
        {
            problems.Add("text is empty");
        }
        else if (comment.Text.Length > maxTextLength)
        {
            problems.Add($"text is {comment.Text.Length} characters; the limit is {maxTextLength}");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>Throws <see cref="UnreadableCommentException"/> when the comment has no id (nothing to answer).</summary>
    public static void EnsureReadable(CommentSubmitted comment)
    {
        if (comment.Unreadable.TryGetValue("commentId", out var unreadableId))
        {
            throw new UnreadableCommentException($"The message's commentId {unreadableId}, so no decision can be sent for it.");
        }

        if (string.IsNullOrEmpty(comment.CommentId))
        {
            throw new UnreadableCommentException("The message has no commentId, so no decision can be sent for it.");
        }
    }
}
