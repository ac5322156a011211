namespace Moderation.Training.Suites.Templates;

/// <summary>A group a template can name: its name (the value of a case's "group"), its ground, the collective forms readers
/// use for it ("orang Batak", "suku Batak") and its bare label ("Batak"), used where a template needs no collective form.</summary>
public sealed record SuiteGroup(string Name, string Ground, IReadOnlyList<string> Forms, string Label);
