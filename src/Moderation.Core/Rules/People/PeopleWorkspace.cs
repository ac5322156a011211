namespace Moderation.Rules.People;

/// <summary>The list of people the people rules fill per comment, one per thread; the rules run one after another, and each
/// clears it before it reads.</summary>
internal static class PeopleWorkspace
{
    [ThreadStatic]
    private static List<PersonMention>? _people;

    public static List<PersonMention> People => _people ??= [];
}
