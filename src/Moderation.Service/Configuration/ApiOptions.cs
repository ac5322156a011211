namespace Moderation.Service.Configuration;

/// <summary>HTTP API settings (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The key callers send in <see cref="HeaderName"/> outside Development. Unset: the API refuses every call outside Development.</summary>
    public string? Key { get; set; }

    public string HeaderName { get; set; } = "X-Api-Key";

    /// <summary>The largest request body the server reads (bytes); a larger one is refused with 413 before any endpoint reads it.
    /// 64 KB holds the largest contract message (a 5,000-character text with every character escaped in JSON as \uXXXX, and the
    /// other fields at their limits) and the largest takedown order.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
