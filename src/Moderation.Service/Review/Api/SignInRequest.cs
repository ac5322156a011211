namespace Moderation.Service.Review.Api;

/// <summary>A moderator's id and password.</summary>
public sealed record SignInRequest(string? ModeratorId, string? Password);
