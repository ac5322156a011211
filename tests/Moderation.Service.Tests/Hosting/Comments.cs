namespace Moderation.Service.Tests.Hosting;

/// <summary>Comments as a CMS sends them (camelCase JSON through anonymous objects).</summary>
public static class Comments
{
    public static string NewId() => $"c-{Guid.NewGuid():N}";

    public static Dictionary<string, object?> Valid(string? commentId = null, string text = "Semoga perdamaian segera tercapai.", string authorId = "u-42") => new()
    {
        ["commentId"] = commentId ?? NewId(),
        ["articleId"] = "a-7421",
        ["articleTitle"] = "Putin dan Kim Jong Un Berjanji Saling Melindungi Bila Diserang",
        ["articleUrl"] = "https://news.example/internasional/a-7421",
        ["section"] = "internasional",
        ["authorId"] = authorId,
        ["authorName"] = "budi_s",
        ["parentCommentId"] = null,
        ["text"] = text,
        ["submittedAt"] = "2026-11-25T19:00:00Z",
    };
}
