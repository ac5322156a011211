namespace Moderation.Training.Suites.Templates;

/// <summary>One functionality of a template suite: what its cases test and what every case of it expects.</summary>
/// <param name="Id">The id cases carry in "functionality", e.g. "derog_dehum".</param>
/// <param name="Reference">Where the functionality comes from, e.g. "F3" for HateCheck's third; null for the suite's own.</param>
/// <param name="Category">The category a reason of a held case should carry; null when any will do.</param>
public sealed record SuiteFunctionality(string Id, string? Reference, Expectation Expect, string? Category, string Description);
