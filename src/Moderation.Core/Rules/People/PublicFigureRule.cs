using Moderation.Normalisation;
using Moderation.Rules.Targeted;

namespace Moderation.Rules.People;

/// <summary>A comment that names a person (a public figure of the gazetteer, or an honorific or a role with a name) and uses no
/// abusive word: a counter-signal that dampens the insult and hate heads, which learned from 2018 political tweets to rise at
/// politicians' names whatever is said of them ("Keren Pak Jokowi, tetap merakyat"). What is said of the person still
/// counts: an abusive word keeps the model as it is, and an accusation is the defamation rule's to flag.</summary>
public sealed class PublicFigureRule : IRule
{
    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        PublicFigures.Spellings.Select(s => s.Split(' ')[0])
            .Concat(TargetFinder.Honorifics.Words).Concat(TargetFinder.Roles.Words)
            .Where(w => w.Length > 1).Distinct().ToArray());

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Triggers) || Slurs.In(canonical))
        {
            return;
        }

        var tokens = CommentTokens.Of(text);
        var people = PeopleWorkspace.People;
        PersonMentions.Find(text, tokens, people);
        foreach (var person in people)
        {
            hits.Add(TokenHits.Span(tokens, person.First, person.End, RuleSignals.PublicFigure, 0.8, person.Figure));
        }
    }
}
