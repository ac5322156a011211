namespace Moderation.Training.Suites.Templates;

/// <summary>One hand-written sentence pattern with slots ({group}, {Group}, {name}, {slur} or a named list such as
/// {object}, optionally with a transform: {group|lower}); it expands into cases of its functionality, all in its half.</summary>
/// <param name="Grounds">The grounds its group or slur slot may be filled from; empty for every ground.</param>
/// <param name="Groups">The only groups its group slot may be filled with; empty for every group of its grounds.</param>
/// <param name="Take">How many cases it expands into at most; null for the suite's default.</param>
/// <param name="Where">The file and line it was written at, for error messages.</param>
public sealed record SuiteTemplate(
    string Id,
    string Functionality,
    SuiteHalf Half,
    string Text,
    IReadOnlyList<string> Grounds,
    IReadOnlyList<string> Groups,
    int? Take,
    string? Note,
    string Where);
