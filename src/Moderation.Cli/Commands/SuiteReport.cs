using System.Text;
using System.Text.Json;
using Moderation.Decisions;
using Moderation.Training.Suites;
using Spectre.Console;

namespace Moderation.Cli.Commands;

/// <summary>How `evaluate` reports a functional suite: held / approved overall and per column, as tables or one JSON object
/// {"suite", "half", "model", "policy", "total": TALLY, "by": {COLUMN: {VALUE: TALLY}}}, where a TALLY is
/// {"cases", "expectHeld", "held", "heldRate", "expectApproved", "approved", "approvedRate", "accuracy", "categoryMatched"}
/// (rates are null where nothing was expected).</summary>
public static class SuiteReport
{
    public static void Print(IAnsiConsole console, string title, SuiteEvaluation evaluation, IReadOnlyList<string> columns)
    {
        var total = evaluation.Total;
        console.Write(Table(title, "all", new Dictionary<string, SuiteTally> { ["all cases"] = total }));
        foreach (var column in columns)
        {
            var tallies = evaluation.By(column);
            if (tallies.Count > 0)
            {
                console.Write(Table($"by {column}", column, tallies));
            }
        }
    }

    public static string Json(string suite, string half, string model, string policy, SuiteEvaluation evaluation, IReadOnlyList<string> columns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("suite", suite);
            writer.WriteString("half", half);
            writer.WriteString("model", model);
            writer.WriteString("policy", policy);
            writer.WritePropertyName("total");
            Write(writer, evaluation.Total);
            writer.WriteStartObject("by");
            foreach (var column in columns)
            {
                writer.WriteStartObject(column);
                foreach (var (value, tally) in evaluation.By(column))
                {
                    writer.WritePropertyName(value);
                    Write(writer, tally);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Each case the pipeline got wrong: id, expected, decision, the reasons' categories, functionality, group, text.</summary>
    public static void WriteErrors(TextWriter writer, SuiteEvaluation evaluation)
    {
        writer.WriteLine("id\texpect\tdecision\tcategories\tfunctionality\tgroup\ttext");
        foreach (var outcome in evaluation.Outcomes.Where(o => !o.AsExpected || (o.Held && !o.CategoryMatched)))
        {
            var categories = string.Join(',', outcome.Verdict.Reasons.Select(r => r.Category.ToWire()).Distinct());
            writer.WriteLine(string.Join('\t',
                outcome.Case.Id, outcome.Case.Expect.ToString().ToLowerInvariant(), outcome.Verdict.Decision.ToWire(), categories,
                outcome.Case.Functionality, OneField(outcome.Case.Group ?? string.Empty), OneField(outcome.Case.Text)));
        }
    }

    private static Table Table(string title, string column, IReadOnlyDictionary<string, SuiteTally> tallies)
    {
        var table = new Table().Title(Markup.Escape(title));
        table.AddColumns(Markup.Escape(column), "cases", "to hold", "held", "to approve", "approved", "accuracy", "right category");
        foreach (var (value, tally) in tallies)
        {
            table.AddRow(
                Markup.Escape(value), tally.Cases.ToString(), tally.ExpectHeld.ToString(), Percent(tally.HeldRate),
                tally.ExpectApproved.ToString(), Percent(tally.ApprovedRate), Percent(tally.Accuracy),
                tally.Held == 0 ? "n/a" : Percent((double)tally.CategoryMatched / tally.Held));
        }

        return table;
    }

    private static void Write(Utf8JsonWriter writer, SuiteTally tally)
    {
        writer.WriteStartObject();
        writer.WriteNumber("cases", tally.Cases);
        writer.WriteNumber("expectHeld", tally.ExpectHeld);
        writer.WriteNumber("held", tally.Held);
        WriteRate(writer, "heldRate", tally.HeldRate);
        writer.WriteNumber("expectApproved", tally.ExpectApproved);
        writer.WriteNumber("approved", tally.Approved);
        WriteRate(writer, "approvedRate", tally.ApprovedRate);
        WriteRate(writer, "accuracy", tally.Accuracy);
        writer.WriteNumber("categoryMatched", tally.CategoryMatched);
        writer.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter writer, string name, double rate)
    {
        if (double.IsNaN(rate))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, Math.Round(rate, 4));
        }
    }

    private static string Percent(double rate) => double.IsNaN(rate) ? "n/a" : $"{rate * 100:F1}%";

    private static string OneField(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
