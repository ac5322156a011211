using Moderation.Policy;

namespace Moderation.Service.Loading;

/// <summary>The one place the service loads the policy: the core's validating loader, so an invalid policy is never loaded.</summary>
public static class PolicyFile
{
    /// <exception cref="InvalidPolicyException">The file breaks the policy schema; the message lists every error.</exception>
    public static ModerationPolicy Load(string path) =>
        File.Exists(path)
            ? ModerationPolicy.Load(path)
            : throw new FileNotFoundException($"The policy file '{path}' does not exist (Moderation:ModelsDirectory / Moderation:PolicyFile).", path);
}
