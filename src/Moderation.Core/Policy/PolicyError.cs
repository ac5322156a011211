namespace Moderation.Policy;

/// <summary>One problem in a policy file: where (a JSON path such as "$.categories.hate.flag") and what is wrong.</summary>
public sealed record PolicyError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
