using System.Text;

namespace Moderation.Training.Corpora;

/// <summary>A CSV file read into a header and rows (RFC 4180: quoted fields may hold commas, quotes and line breaks).</summary>
public sealed class CsvTable(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
{
    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<string[]> Rows { get; } = rows;

    public int Column(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidDataException($"the file has no '{name}' column.");
    }

    public static CsvTable Parse(string content)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            i = 1;
        }

        var pending = false;
        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    pending = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    pending = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (pending || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add([.. fields]);
                    }

                    fields.Clear();
                    field.Clear();
                    pending = false;
                    break;
                default:
                    field.Append(c);
                    pending = true;
                    break;
            }
        }

        if (pending || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        if (records.Count == 0)
        {
            throw new InvalidDataException("the file is empty.");
        }

        var header = records[0];
        records.RemoveAt(0);
        return new CsvTable(header, records);
    }
}
