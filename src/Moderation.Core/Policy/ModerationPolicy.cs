namespace Moderation.Policy;

/// <summary>The declarative UU ITE policy (models/policy.json): which signals make which category, its article, thresholds and
/// priority, per-section overrides, and the campaign and velocity settings the service uses. Only a valid file ever loads.</summary>
public sealed class ModerationPolicy
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<CategoryPolicy>> _sections;

    internal ModerationPolicy(
        string version,
        string? description,
        IReadOnlyList<CategoryPolicy> categories,
        IReadOnlyDictionary<string, IReadOnlyList<CategoryPolicy>> sections,
        CampaignSettings campaign,
        VelocitySettings velocity)
    {
        Version = version;
        Description = description;
        Categories = categories;
        _sections = sections;
        Campaign = campaign;
        Velocity = velocity;
    }

    /// <summary>The version decisions carry, e.g. "uu-ite-2024.1".</summary>
    public string Version { get; }

    public string? Description { get; }

    /// <summary>The site-wide category rules, in the file's order.</summary>
    public IReadOnlyList<CategoryPolicy> Categories { get; }

    /// <summary>The sections that have overrides (e.g. "anak").</summary>
    public IEnumerable<string> Sections => _sections.Keys;

    public CampaignSettings Campaign { get; }

    public VelocitySettings Velocity { get; }

    /// <summary>The category rules for a section: its overrides applied over the site-wide rules (resolved once, at load).</summary>
    public IReadOnlyList<CategoryPolicy> For(string? section) =>
        section is not null && _sections.TryGetValue(section, out var overridden) ? overridden : Categories;

    /// <summary>Loads and validates a policy file; throws <see cref="InvalidPolicyException"/> listing every problem.</summary>
    public static ModerationPolicy Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"policy file '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates policy JSON; throws <see cref="InvalidPolicyException"/> listing every problem.</summary>
    public static ModerationPolicy Parse(string json, string source = "policy")
    {
        var (policy, errors) = PolicyReader.Read(json);
        return policy ?? throw new InvalidPolicyException(source, errors);
    }

    /// <summary>Validates policy JSON without throwing: the policy, or every problem found.</summary>
    public static IReadOnlyList<PolicyError> Validate(string json, out ModerationPolicy? policy)
    {
        (policy, var errors) = PolicyReader.Read(json);
        return errors;
    }
}
