using Moderation.Contracts;
using Moderation.Service.Moderating;

namespace Moderation.Service.Tests.Moderating;

public sealed class CommentValidationTests
{
    private static readonly CommentSubmitted Valid = new()
    {
        CommentId = "c-1", ArticleId = "a-1", AuthorId = "u-1", Text = "Halo", SubmittedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void A_complete_comment_within_the_limits_is_valid() => CommentValidation.Check(Valid, 10).Should().BeNull();

    [Fact]
    public void A_comment_without_an_id_is_unreadable()
    {
        var check = () => CommentValidation.Check(Valid with { CommentId = "" }, 10);

        check.Should().Throw<UnreadableCommentException>();
    }

    [Fact]
    public void Text_over_the_limit_is_invalid() =>
        CommentValidation.Check(Valid with { Text = new string('a', 11) }, 10).Should().Contain("11").And.Contain("10");

    [Fact]
    public void Whitespace_only_text_is_empty() => CommentValidation.Check(Valid with { Text = "  " }, 10).Should().Contain("text is empty");

    [Fact]
    public void A_comment_id_over_128_characters_is_invalid() =>
        CommentValidation.Check(Valid with { CommentId = new string('c', 129) }, 10).Should().Contain("commentId");

    [Fact]
    public void Every_missing_field_is_named() =>
        CommentValidation.Check(Valid with { ArticleId = null, SubmittedAt = null }, 10).Should().Contain("articleId").And.Contain("submittedAt");

    [Fact]
    public void A_field_of_the_wrong_type_is_invalid_with_what_was_wrong_and_not_also_missing()
    {
        var problem = CommentValidation.Check(Valid with { Text = null, Unreadable = new Dictionary<string, string> { ["text"] = "is a number, not a string" } }, 10);

        problem.Should().Be("text is a number, not a string");
    }

    [Fact]
    public void A_comment_id_of_the_wrong_type_is_unreadable()
    {
        var check = () => CommentValidation.Check(Valid with { CommentId = null, Unreadable = new Dictionary<string, string> { ["commentId"] = "is a number, not a string" } }, 10);

        check.Should().Throw<UnreadableCommentException>().WithMessage("*commentId is a number*");
    }
}
