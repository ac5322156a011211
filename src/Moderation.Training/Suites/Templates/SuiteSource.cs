namespace Moderation.Training.Suites.Templates;

/// <summary>The hand-written source of a template suite: its functionalities, the fillers of its slots and its templates.</summary>
/// <param name="Prefix">What case ids start with ("hf" gives "hf-00001").</param>
/// <param name="Take">How many cases a template expands into at most, unless it says otherwise.</param>
/// <param name="Lists">Fillers of named slots other than groups and slurs, e.g. "object": ["laptop ini", ...].</param>
public sealed record SuiteSource(
    string Prefix,
    int Take,
    IReadOnlyList<SuiteFunctionality> Functionalities,
    IReadOnlyList<SuiteGroup> Groups,
    IReadOnlyList<SuiteSlur> Slurs,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    IReadOnlyList<SuiteTemplate> Templates);
