namespace Moderation.Training.Suites;

/// <summary>Counts for a set of suite cases: how many should be held and were, how many should be approved and were.</summary>
public sealed class SuiteTally
{
    public int ExpectHeld { get; private set; }

    public int Held { get; private set; }

    /// <summary>Of the held cases that name a category, how many carried a reason of that category.</summary>
    public int CategoryMatched { get; private set; }

    public int ExpectApproved { get; private set; }

    public int Approved { get; private set; }

    public int Cases => ExpectHeld + ExpectApproved;

    /// <summary>Share of the cases that should be held that were (NaN when there are none).</summary>
    public double HeldRate => Rate(Held, ExpectHeld);

    /// <summary>Share of the cases that should be approved that were (NaN when there are none).</summary>
    public double ApprovedRate => Rate(Approved, ExpectApproved);

    public double Accuracy => Rate(Held + Approved, Cases);

    public void Add(SuiteOutcome outcome)
    {
        if (outcome.Case.Expect == Expectation.Held)
        {
            ExpectHeld++;
            Held += outcome.Held ? 1 : 0;
            CategoryMatched += outcome.Held && outcome.CategoryMatched ? 1 : 0;
        }
        else
        {
            ExpectApproved++;
            Approved += outcome.Held ? 0 : 1;
        }
    }

    private static double Rate(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
