namespace Moderation.Policy;

/// <summary>When the service calls an author too fast: more than this many comments within the window.</summary>
public sealed record VelocitySettings(int MaxComments, int WindowSeconds);
