using System.Text;

namespace Moderation.Cli.Commands;

/// <summary>Reads lines (\n, \r\n or \r) without ever holding more than a set number of characters of one: a longer line is
/// reported as null and skipped to its end. A byte-order mark at the start of the stream is dropped.</summary>
public static class BoundedLines
{
    public static IEnumerable<(int Number, string? Line)> Read(TextReader reader, int maxLength)
    {
        var line = new StringBuilder();
        var tooLong = false;
        var number = 0;
        var first = true;
        int c;
        while ((c = reader.Read()) != -1)
        {
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                yield return (++number, tooLong ? null : line.ToString());
                line.Clear();
                tooLong = false;
                continue;
            }

            if (tooLong)
            {
                continue;
            }

            if (line.Length == maxLength)
            {
                tooLong = true;
                line.Clear();
                continue;
            }

            line.Append((char)c);
        }

        if (line.Length > 0 || tooLong)
        {
            yield return (++number, tooLong ? null : line.ToString());
        }
    }
}
