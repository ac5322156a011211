namespace Moderation.Decisions;

/// <summary>The outcome the CMS acts on. Wire names: approved, flagged, rejected.</summary>
public enum Decision
{
    Approved,
    Flagged,
    Rejected,
}

/// <summary>Where a reason came from. Wire names: model, rule, velocity, campaign.</summary>
public enum ReasonSource
{
    Model,
    Rule,
    Velocity,
    Campaign,
}

/// <summary>Wire names of the small enums.</summary>
public static class DecisionNames
{
    public static string ToWire(this Decision decision) => decision switch
    {
        Decision.Approved => "approved",
        Decision.Flagged => "flagged",
        Decision.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    public static string ToWire(this ReasonSource source) => source switch
    {
        ReasonSource.Model => "model",
        ReasonSource.Rule => "rule",
        ReasonSource.Velocity => "velocity",
        ReasonSource.Campaign => "campaign",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}
