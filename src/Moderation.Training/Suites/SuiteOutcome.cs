using Moderation.Decisions;

namespace Moderation.Training.Suites;

/// <summary>What the pipeline did with one suite case.</summary>
/// <param name="CategoryMatched">Whether a reason carries the case's expected category (true when the case names none).</param>
public sealed record SuiteOutcome(SuiteCase Case, Verdict Verdict, bool CategoryMatched)
{
    public bool Held => Verdict.Decision != Decision.Approved;

    public bool AsExpected => Held == (Case.Expect == Expectation.Held);
}
