namespace Moderation.Decisions;

/// <summary>The decision on one comment, with everything the wire contract's decision events carry.</summary>
/// <param name="Scores">One entry per category the model scores, by wire name, 0..1.</param>
/// <param name="Priority">0..100 (0 for approved); orders the moderators' queue.</param>
public sealed record Verdict(
    Decision Decision,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyDictionary<string, double> Scores,
    int Priority,
    string ModelVersion,
    string PolicyVersion,
    string? CampaignId = null);
