namespace Moderation.Training.Suites.Templates;

/// <summary>A slur for a group ("aseng" for Tionghoa): a template's {slur} slot expands over these, and the case names the
/// slur's group and ground.</summary>
public sealed record SuiteSlur(string Text, string Group, string Ground);
