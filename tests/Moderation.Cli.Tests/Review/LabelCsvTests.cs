using Moderation.Cli.Commands;
using Moderation.Formats.Audit;

namespace Moderation.Cli.Tests.Review;

public sealed class LabelCsvTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Writes_the_documented_header_and_one_row_per_decision()
    {
        var csv = Write(new AuditEntry(Noon, "mod-siti", AuditActions.Decided, "c-1", "rejected", "hate", null, "flagged", "Dasar Cina"));

        csv.Should().Be("commentId,text,category,outcome,moderatorId,reviewedAt\r\nc-1,Dasar Cina,hate,rejected,mod-siti,2026-11-25T12:00:00.000Z\r\n");
    }

    [Fact]
    public void Quotes_text_with_commas_quotes_and_line_breaks()
    {
        var csv = Write(new AuditEntry(Noon, "mod-siti", AuditActions.Decided, "c-1", "approved", null, null, "flagged", "a, \"b\"\nc"));

        csv.Split("\r\n")[1].Should().Be("c-1,\"a, \"\"b\"\"\nc\",,approved,mod-siti,2026-11-25T12:00:00.000Z");
    }

    [Fact]
    public void Keeps_only_the_latest_decision_of_a_comment_and_skips_other_actions()
    {
        var csv = Write(
            new AuditEntry(Noon, "mod-siti", AuditActions.Decided, "c-1", "approved", null, null, "flagged", "teks"),
            new AuditEntry(Noon.AddMinutes(1), "mod-siti", AuditActions.Opened, "c-1"),
            new AuditEntry(Noon.AddHours(1), "mod-andi", AuditActions.Decided, "c-1", "rejected", "insult", null, "approved", "teks"));

        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.Contain(line => line.StartsWith("c-1,teks,insult,rejected,mod-andi"));
    }

    private static string Write(params AuditEntry[] entries)
    {
        using var writer = new StringWriter();
        LabelCsv.Write(writer, entries);
        return writer.ToString();
    }
}
