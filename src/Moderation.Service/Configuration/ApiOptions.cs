namespace Moderation.Service.Configuration;

/// <summary>HTTP API settings (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The key callers send in <see cref="HeaderName"/> outside Development. Unset: the API refuses every call outside Development.</summary>
    public string? Key { get; set; }

    public string HeaderName { get; set; } = "X-Api-Key";
}
