using Moderation.Cli.Commands;

namespace Moderation.Cli.Tests;

public class BoundedLinesTests
{
    [Fact]
    public void Splits_on_every_line_ending_and_keeps_a_last_line_without_one()
    {
        var lines = BoundedLines.Read(new StringReader("a\r\nb\rc\nd"), 10).ToList();

        lines.Should().Equal((1, "a"), (2, "b"), (3, "c"), (4, "d"));
    }

    [Fact]
    public void Reports_a_line_longer_than_the_limit_as_null_and_goes_on()
    {
        var lines = BoundedLines.Read(new StringReader("12345\n123456\nok"), 5).ToList();

        lines.Should().Equal((1, "12345"), (2, (string?)null), (3, "ok"));
    }
}
