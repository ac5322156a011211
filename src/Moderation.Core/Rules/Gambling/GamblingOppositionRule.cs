using Moderation.Normalisation;

namespace Moderation.Rules.Gambling;

/// <summary>A comment that speaks against gambling ("judi online merusak keluarga", "stop main slot") and promotes nothing
/// (no brand, no link to a site named like one): a counter-signal that dampens the model's gambling head. A link to a news
/// or government page ("baca di kompas.com") is how such comments cite their source, so it does not cancel the opposition.</summary>
public sealed class GamblingOppositionRule : IRule
{
    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, GamblingLexicon.Triggers)
            || !RulePattern.IsMatch(GamblingLexicon.Topic, canonical) && !RulePattern.IsMatch(GamblingLexicon.Jargon, canonical))
        {
            return;
        }

        if (RulePattern.IsMatch(GamblingLexicon.Brand, text.Folded.Text) || RulePattern.IsMatch(GamblingLexicon.NumberedSiteLink, text.Folded.Text))
        {
            return;
        }

        RulePattern.AddMatches(GamblingLexicon.Opposition, canonical, TextView.Canonical, RuleSignals.GamblingOpposed, 0.8, hits);
    }
}
