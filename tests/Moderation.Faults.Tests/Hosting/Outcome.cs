using System.Diagnostics;

namespace Moderation.Faults.Tests.Hosting;

/// <summary>What a scenario did to its comments: which got no decision, which got two different ones, how many
/// identical decision events were published again, how many comments were published while the fault lasted and how many
/// were not yet decided when it ended, and how long decisions took to flow again after the fault.</summary>
public sealed record Outcome(
    int Comments,
    int UndecidedWhenFaultEnded,
    int PublishedDuringFault,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Conflicting,
    int IdenticalRepublications,
    int RepublishedByCms,
    TimeSpan? FirstDecisionAfterFault,
    TimeSpan? CaughtUpAfterFault)
{
    /// <summary>Tallies the comments' decisions; the fault ended at <paramref name="faultEnded"/> (a Stopwatch timestamp).</summary>
    public static Outcome Of(IReadOnlyList<string> commentIds, DecisionLog log, int republishedByCms, long faultEnded, int undecidedWhenFaultEnded = 0, int publishedDuringFault = 0)
    {
        var missing = commentIds.Where(id => log.For(id).Count == 0).ToList();
        var conflicting = commentIds.Where(id => log.For(id).Select(r => (r.Decision, r.MessageId)).Distinct().Count() > 1).ToList();
        var identical = commentIds.Sum(id => Math.Max(0, log.For(id).Count - 1)) - conflicting.Sum(id => log.For(id).Select(r => (r.Decision, r.MessageId)).Distinct().Count() - 1);
        var times = log.FirstDecisionTimes(commentIds).ToList();
        var after = times.Where(t => t >= faultEnded).DefaultIfEmpty(0).Min();
        var last = times.DefaultIfEmpty(0).Max();
        return new Outcome(commentIds.Count, undecidedWhenFaultEnded, publishedDuringFault, missing, conflicting, identical, republishedByCms,
            after > 0 ? Stopwatch.GetElapsedTime(faultEnded, after) : null,
            last >= faultEnded ? Stopwatch.GetElapsedTime(faultEnded, last) : TimeSpan.Zero);
    }

    public override string ToString() =>
        $"comments {Comments}, published during the fault {PublishedDuringFault}, undecided when the fault ended {UndecidedWhenFaultEnded}, decided {Comments - Missing.Count}, lost {Missing.Count}, conflicting {Conflicting.Count}, " +
        $"identical re-publications {IdenticalRepublications}, re-published by the CMS {RepublishedByCms}, " +
        $"first decision after the fault {Format(FirstDecisionAfterFault)}, caught up {Format(CaughtUpAfterFault)}";

    private static string Format(TimeSpan? span) => span is { } s ? $"{s.TotalSeconds:0.00} s" : "-";
}
