using Moderation.Contracts;

namespace Moderation.Service.DecisionIdentity;

/// <summary>The decision that stands for a comment, its key (whose message id every publish of it carries), and whether the
/// broker already confirmed a publish of it (then a redelivery or a duplicate is acked without a second decision event).</summary>
public readonly record struct StandingDecision(DecisionKey Key, CommentDecision Decision, bool Published);
