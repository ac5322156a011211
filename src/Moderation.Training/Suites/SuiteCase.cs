namespace Moderation.Training.Suites;

/// <summary>What a suite case expects of the service: the comment held for a moderator (flagged or rejected) or approved.</summary>
public enum Expectation
{
    Held,
    Approved,
}

/// <summary>Which part of a suite a case belongs to. Cases are split by template: the development half may be used for tests,
/// tuning and training; the locked half only for reporting.</summary>
public enum SuiteHalf
{
    Dev,
    Locked,
}

/// <summary>One hand-written functional test case: a comment and what the service should do with it.</summary>
/// <param name="Functionality">What the case tests, e.g. "derog_dehum" or "counter_quote" (the HateCheck taxonomy for the hate suite).</param>
/// <param name="Category">For a held case, the category a reason should carry (e.g. "hate"); null when any category will do.</param>
/// <param name="Group">The target the case names: a group ("Batak"), a person, an institution; null when none.</param>
/// <param name="Ground">The protected ground of the group ("etnis", "agama", ...), or a site-rule ground; null when none.</param>
/// <param name="Template">The template the case was expanded from; the unit of the dev/locked split.</param>
public sealed record SuiteCase(
    string Id,
    string Text,
    Expectation Expect,
    string Functionality,
    SuiteHalf Half,
    string? Category = null,
    string? Group = null,
    string? Ground = null,
    string? Template = null,
    string? Section = null,
    string? Note = null);
