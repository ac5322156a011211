namespace Moderation.Training.Suites.Templates;

/// <summary>The fillers of one case of a template: a value per slot name, and the group and ground the case names (null
/// for a template without a group or slur slot).</summary>
internal sealed record TemplateFilling(IReadOnlyDictionary<string, string> Values, string? Group, string? Ground);
