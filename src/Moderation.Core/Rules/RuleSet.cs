using Moderation.Normalisation;

namespace Moderation.Rules;

/// <summary>The rules the model cannot learn from the corpora (threats, extortion, personal data, solicitation, gambling jargon, spam).</summary>
/// <remarks>Placeholder: matches nothing. The rules issue replaces this.</remarks>
public sealed class RuleSet
{
    public IReadOnlyList<RuleHit> Match(NormalisedText text) => [];
}
