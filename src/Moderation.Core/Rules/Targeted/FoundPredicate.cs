namespace Moderation.Rules.Targeted;

/// <summary>A predicate found in a comment: tokens [First, End), the token that denies it ("bukan sampah"; -1 when none), and
/// whether grammar makes it a call (for verbs).</summary>
internal readonly record struct FoundPredicate(int First, int End, Predicate Predicate, int Denied, bool Call);
