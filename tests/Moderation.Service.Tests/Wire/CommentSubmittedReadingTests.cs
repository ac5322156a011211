using System.Text;
using System.Text.Json;
using Moderation.Contracts;

namespace Moderation.Service.Tests.Wire;

public sealed class CommentSubmittedReadingTests
{
    private const string Fields = "\"articleId\":\"a-1\",\"authorId\":\"u-1\",\"submittedAt\":\"2026-11-25T19:00:00Z\"";

    [Fact]
    public void A_well_formed_comment_is_read_whole_with_nothing_unreadable()
    {
        var comment = Read($"{{\"commentId\":\"c-1\",{Fields},\"section\":\"ekonomi\",\"text\":\"Halo semua\"}}");

        comment.Should().BeEquivalentTo(new CommentSubmitted
        {
            CommentId = "c-1", ArticleId = "a-1", AuthorId = "u-1", Section = "ekonomi", Text = "Halo semua",
            SubmittedAt = new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero),
        });
        comment.Unreadable.Should().BeEmpty();
    }

    [Fact]
    public void Written_and_read_back_a_comment_is_unchanged()
    {
        var comment = new CommentSubmitted
        {
            CommentId = "c-1", ArticleId = "a-1", ArticleTitle = "Judul", ArticleUrl = "https://news.example/a-1", Section = "ekonomi",
            AuthorId = "u-1", AuthorName = "budi", ParentCommentId = "c-0", Text = "Halo", SubmittedAt = DateTimeOffset.UnixEpoch,
        };

        Read(JsonSerializer.Serialize(comment)).Should().BeEquivalentTo(comment);
    }

    [Fact]
    public void Text_of_the_wrong_type_is_noted_and_the_other_fields_are_still_read()
    {
        var comment = Read($"{{\"commentId\":\"c-1\",{Fields},\"text\":42}}");

        comment.CommentId.Should().Be("c-1");
        comment.AuthorId.Should().Be("u-1");
        comment.Text.Should().BeNull();
        comment.Unreadable.Should().Equal(new Dictionary<string, string> { ["text"] = "is a number, not a string" });
    }

    [Fact]
    public void An_object_where_a_string_belongs_is_skipped_whole() =>
        Read($"{{\"commentId\":\"c-1\",{Fields},\"section\":{{\"a\":[1,2,{{\"b\":3}}]}},\"text\":\"halo\"}}")
            .Should().Match<CommentSubmitted>(c => c.Text == "halo" && c.Unreadable["section"] == "is an object, not a string");

    [Fact]
    public void A_submission_time_that_is_not_ISO_8601_is_noted() =>
        Read("{\"commentId\":\"c-1\",\"submittedAt\":\"kemarin sore\",\"text\":\"halo\"}")
            .Unreadable.Should().ContainKey("submittedAt").WhoseValue.Should().Contain("ISO 8601");

    [Fact]
    public void Text_with_an_escaped_lone_surrogate_is_noted_as_not_valid_unicode() =>
        Read($"{{\"commentId\":\"c-1\",{Fields},\"text\":\"halo \\ud800 dunia\"}}")
            .Unreadable.Should().ContainKey("text").WhoseValue.Should().Be("is not valid Unicode text");

    [Fact]
    public void Text_with_invalid_UTF8_bytes_is_noted_as_not_valid_unicode()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes($"{{\"commentId\":\"c-1\",{Fields},\"text\":\"halo "), 0xC3, 0x28, 0xFF, .. "\"}"u8];

        JsonSerializer.Deserialize<CommentSubmitted>(body)!.Unreadable.Should().ContainKey("text");
    }

    [Fact]
    public void Unknown_fields_are_ignored() =>
        Read("{\"commentId\":\"c-1\",\"text\":\"halo\",\"likes\":[1,{\"x\":null}]}")
            .Should().Match<CommentSubmitted>(c => c.CommentId == "c-1" && c.Text == "halo" && c.Unreadable.Count == 0);

    [Theory]
    [InlineData("\"text\":\"halo semua\",\"Text\":\"\"")]
    [InlineData("\"TEXT\":5,\"text\":\"halo semua\"")]
    public void A_field_named_in_another_case_is_an_unknown_field_and_does_not_override_the_contracts(string fields) =>
        Read($"{{\"commentId\":\"c-1\",{fields}}}")
            .Should().Match<CommentSubmitted>(c => c.Text == "halo semua" && c.Unreadable.Count == 0);

    [Fact]
    public void An_unknown_field_whose_name_is_not_valid_unicode_is_ignored()
    {
        var escaped = Read($"{{\"commentId\":\"c-1\",{Fields},\"text\":\"halo\",\"\\ud800x\":1}}");
        byte[] body = [.. Encoding.UTF8.GetBytes($"{{\"commentId\":\"c-1\",{Fields},\"text\":\"halo\",\"ab"), 0xFF, .. "c\":1}"u8];
        var raw = JsonSerializer.Deserialize<CommentSubmitted>(body)!;

        foreach (var comment in new[] { escaped, raw })
        {
            comment.Should().Match<CommentSubmitted>(c => c.CommentId == "c-1" && c.Text == "halo" && c.Unreadable.Count == 0);
        }
    }

    [Fact]
    public void A_JSON_array_is_not_a_comment()
    {
        var read = () => Read("[\"c-1\"]");

        read.Should().Throw<JsonException>().WithMessage("*array*");
    }

    private static CommentSubmitted Read(string json) => JsonSerializer.Deserialize<CommentSubmitted>(json)!;
}
