namespace Moderation.Service.Review.Api;

/// <summary>The UI's view of its session.</summary>
public sealed record SessionView(bool SignedIn, string? ModeratorId, string? Name, string? Role, string CsrfToken);
