using System.Text;

namespace Moderation.Cli.Load;

/// <summary>Reads one column of an RFC 4180 CSV file (quoted fields, doubled quotes, newlines inside quotes).</summary>
public static class CsvTexts
{
    public static IReadOnlyList<string> Read(string path, string column)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No CSV file at '{path}'.", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = NextRecord(reader) ?? throw new InvalidDataException($"'{path}' is empty.");
        var index = header.FindIndex(name => string.Equals(name.Trim(), column, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            throw new InvalidDataException($"'{path}' has no column '{column}' (columns: {string.Join(", ", header)}).");
        }

        var texts = new List<string>();
        while (NextRecord(reader) is { } record)
        {
            if (index < record.Count && !string.IsNullOrWhiteSpace(record[index]))
            {
                texts.Add(record[index]);
            }
        }

        return texts;
    }

    /// <summary>The next record's fields, or null at the end of the file.</summary>
    public static List<string>? NextRecord(TextReader reader)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                fields.Add(field.ToString());
                return fields;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append((char)c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append((char)c);
            }
        }
    }
}
