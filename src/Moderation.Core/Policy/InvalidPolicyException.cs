namespace Moderation.Policy;

/// <summary>A policy file that cannot be loaded, with every problem found in it (an invalid policy is never loaded).</summary>
public sealed class InvalidPolicyException(string source, IReadOnlyList<PolicyError> errors)
    : Exception($"invalid policy {source}: {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<PolicyError> Errors { get; } = errors;
}
