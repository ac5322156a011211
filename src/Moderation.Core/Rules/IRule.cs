using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>One rule family: a pure, precompiled matcher over the normalised views of a comment.</summary>
public interface IRule
{
    /// <summary>Adds this rule's hits to <paramref name="hits"/>; offsets index the view each hit names.</summary>
    void Match(NormalisedText text, List<RuleHit> hits);
}
