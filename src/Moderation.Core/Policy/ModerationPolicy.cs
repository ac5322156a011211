namespace Moderation.Policy;

/// <summary>The declarative UU ITE policy loaded from models/policy.json.</summary>
/// <remarks>Placeholder; the policy issue replaces this.</remarks>
public sealed class ModerationPolicy
{
    public required string Version { get; init; }
}
