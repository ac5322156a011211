using Moderation.Rules.Targeted;

namespace Moderation.Rules.People;

/// <summary>The lists the people rules fill per comment, one pair per thread; the rules run one after another, and each
/// clears them before it reads.</summary>
internal static class PeopleWorkspace
{
    [ThreadStatic]
    private static List<CommentToken>? _tokens;

    [ThreadStatic]
    private static List<PersonMention>? _people;

    public static List<CommentToken> Tokens => _tokens ??= [];

    public static List<PersonMention> People => _people ??= [];
}
