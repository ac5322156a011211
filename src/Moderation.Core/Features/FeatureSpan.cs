using Moderation.Rules;

namespace Moderation.Features;

/// <summary>Where in one normalised view an n-gram of a scoring feature lies, with that feature's contribution to a head's margin.</summary>
public readonly record struct FeatureSpan(TextView View, int Start, int Length, float Contribution);
