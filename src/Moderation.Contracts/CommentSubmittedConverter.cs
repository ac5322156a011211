using System.Text.Json;
using System.Text.Json.Serialization;

namespace Moderation.Contracts;

/// <summary>Reads a CommentSubmitted field by field, so that one field the CMS got wrong (a number for <c>text</c>, a date that
/// is not ISO 8601, text that is not valid UTF-8) is noted in <see cref="CommentSubmitted.Unreadable"/> instead of failing the
/// whole message: a comment whose <c>commentId</c> can be read is answered (as <c>invalid</c>), never parked unanswered.</summary>
/// <remarks>Only what is not JSON at all, or nests beyond the reader's depth limit, still fails the message.</remarks>
public sealed class CommentSubmittedConverter : JsonConverter<CommentSubmitted>
{
    public override CommentSubmitted Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A comment is a JSON object, not {Describe(reader.TokenType)}.");
        }

        // Read into locals and build the record once: this runs for every comment the service consumes.
        string? commentId = null, articleId = null, articleTitle = null, articleUrl = null, section = null;
        string? authorId = null, authorName = null, parentCommentId = null, text = null;
        DateTimeOffset? submittedAt = null;
        Dictionary<string, string>? unreadable = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = Field(ref reader);
            reader.Read();
            if (field is null)
            {
                reader.Skip();
                continue;
            }

            string? problem;
            if (field == "submittedAt")
            {
                submittedAt = ReadTimestamp(ref reader, out problem);
                Note(ref unreadable, field, problem);
                continue;
            }

            var value = ReadString(ref reader, out problem);
            Note(ref unreadable, field, problem);
            switch (field)
            {
                case "commentId": commentId = value; break;
                case "articleId": articleId = value; break;
                case "articleTitle": articleTitle = value; break;
                case "articleUrl": articleUrl = value; break;
                case "section": section = value; break;
                case "authorId": authorId = value; break;
                case "authorName": authorName = value; break;
                case "parentCommentId": parentCommentId = value; break;
                default: text = value; break;
            }
        }

        var comment = new CommentSubmitted
        {
            CommentId = commentId, ArticleId = articleId, ArticleTitle = articleTitle, ArticleUrl = articleUrl, Section = section,
            AuthorId = authorId, AuthorName = authorName, ParentCommentId = parentCommentId, Text = text, SubmittedAt = submittedAt,
        };
        return unreadable is null ? comment : comment with { Unreadable = unreadable };
    }

    public override void Write(Utf8JsonWriter writer, CommentSubmitted value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteIfPresent(writer, "commentId", value.CommentId);
        WriteIfPresent(writer, "articleId", value.ArticleId);
        WriteIfPresent(writer, "articleTitle", value.ArticleTitle);
        WriteIfPresent(writer, "articleUrl", value.ArticleUrl);
        WriteIfPresent(writer, "section", value.Section);
        WriteIfPresent(writer, "authorId", value.AuthorId);
        WriteIfPresent(writer, "authorName", value.AuthorName);
        WriteIfPresent(writer, "parentCommentId", value.ParentCommentId);
        WriteIfPresent(writer, "text", value.Text);
        if (value.SubmittedAt is { } at)
        {
            writer.WritePropertyName("submittedAt");
            new UtcTimestampConverter().Write(writer, at, options);
        }

        writer.WriteEndObject();
    }

    private static readonly string[] Fields =
        ["commentId", "articleId", "articleTitle", "articleUrl", "section", "authorId", "authorName", "parentCommentId", "text", "submittedAt"];

    private static readonly byte[][] FieldNames = [.. Fields.Select(System.Text.Encoding.UTF8.GetBytes)];

    /// <summary>The contract's name of the property the reader is on, or null for any other name: the contract's names are
    /// exact (camelCase), so "Text" beside "text" is an unknown field and ignored, as is a name that is not valid Unicode.
    /// Compared as UTF-8, without making a string of the name.</summary>
    private static string? Field(ref Utf8JsonReader reader)
    {
        try
        {
            for (var i = 0; i < FieldNames.Length; i++)
            {
                if (reader.ValueTextEquals(FieldNames[i]))
                {
                    return Fields[i];
                }
            }
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate in the name ("\ud800x"): no field of the contract.
        }

        return null;
    }

    private static string? ReadString(ref Utf8JsonReader reader, out string? problem)
    {
        problem = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                try
                {
                    return reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    // Invalid UTF-8 bytes, or an escaped lone surrogate (\ud800): not text a person wrote.
                    problem = "is not valid Unicode text";
                    return null;
                }

            default:
                problem = $"is {Describe(reader.TokenType)}, not a string";
                reader.Skip();
                return null;
        }
    }

    private static DateTimeOffset? ReadTimestamp(ref Utf8JsonReader reader, out string? problem)
    {
        problem = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var at))
        {
            return at;
        }

        problem = reader.TokenType == JsonTokenType.String ? "is not an ISO 8601 date and time" : $"is {Describe(reader.TokenType)}, not a string";
        reader.Skip();
        return null;
    }

    private static void Note(ref Dictionary<string, string>? unreadable, string field, string? problem)
    {
        if (problem is not null)
        {
            (unreadable ??= new Dictionary<string, string>(StringComparer.Ordinal))[field] = problem;
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };
}
