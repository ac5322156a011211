namespace Moderation.Training.Corpora;

/// <summary>Reads a labelled corpus file, recognising its format by the header and repairing its known export damage.</summary>
public static class CorpusReader
{
    /// <summary>The gambling corpus's single label column; the model's head for it is <see cref="GamblingHead"/>.</summary>
    public const string GamblingLabel = "label";

    public const string GamblingHead = "Gambling";

    private static readonly string[] HateSpeechLabels =
        ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "HS_Other", "HS_Weak", "HS_Moderate", "HS_Strong"];

    public static Corpus Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"file '{path}' does not exist.", path);
        }

        var table = CsvTable.Parse(CorpusRepair.ReadLenient(path));
        return Detect(table.Header) switch
        {
            CorpusFormat.HateSpeech => HateSpeech(table, path),
            CorpusFormat.Gambling => Gambling(table, path),
            CorpusFormat.Reviews => Reviews(table, path),
            _ => throw new InvalidDataException("unreachable"),
        };
    }

    public static Corpus Read(string path, CorpusFormat expected)
    {
        if (expected == CorpusFormat.Reviews)
        {
            // Say what a review export looks like rather than listing the corpora.
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"file '{path}' does not exist.", path);
            }

            var table = CsvTable.Parse(CorpusRepair.ReadLenient(path));
            if (!IsReviewExport(table.Header))
            {
                throw new InvalidDataException(
                    $"'{path}' is not a review export: its header is '{string.Join(',', table.Header.Take(6))}', expected '{ReviewLabels.Header}' (as export-labels writes it).");
            }

            return Reviews(table, path);
        }

        var corpus = Read(path);
        if (corpus.Format != expected)
        {
            throw new InvalidDataException($"'{path}' is a {corpus.Format} corpus, not a {expected} corpus.");
        }

        return corpus;
    }

    /// <summary>The format a header belongs to, or a clear error naming the headers that are known.</summary>
    public static CorpusFormat Detect(IReadOnlyList<string> header)
    {
        if (header.Count > 2 && header[0] == "Tweet" && header.Contains("HS") && header.Contains("Abusive"))
        {
            return CorpusFormat.HateSpeech;
        }

        if (header.Contains(GamblingLabel) && header.Contains("comment"))
        {
            return CorpusFormat.Gambling;
        }

        if (IsReviewExport(header))
        {
            return CorpusFormat.Reviews;
        }

        // A binary file read as CSV: show its header without control characters that would garble a terminal.
        var shown = new string(string.Join(',', header.Take(6)).Take(120).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        throw new InvalidDataException(
            $"unknown file format (header '{shown}'): expected the hate-speech corpus (Tweet,HS,Abusive,...), the gambling corpus (label,comment,...) or a review export ({ReviewLabels.Header}).");
    }

    private static bool IsReviewExport(IReadOnlyList<string> header) =>
        header.Contains("commentId") && header.Contains("text") && header.Contains("category") && header.Contains("outcome");

    /// <summary>The `export-labels` file: each verdict labels the heads it speaks to (see <see cref="ReviewLabels"/>).</summary>
    private static Corpus Reviews(CsvTable table, string path)
    {
        var text = table.Column("text");
        var category = table.Column("category");
        var outcome = table.Column("outcome");
        var last = Math.Max(text, Math.Max(category, outcome));
        var comments = new List<LabelledComment>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Length <= last)
            {
                throw new InvalidDataException($"'{path}' line {r + 2}: {row.Length} fields, the header has {table.Header.Count}.");
            }

            var labels = ReviewLabels.For(row[outcome].Trim(), row[category].Trim(), row[text])
                ?? throw new InvalidDataException(
                    $"'{path}' line {r + 2}: outcome '{row[outcome]}' with category '{row[category]}' is not a verdict the service writes (approved or rejected, a known category).");
            if (string.IsNullOrWhiteSpace(row[text]))
            {
                continue;
            }

            comments.Add(new LabelledComment(row[text], labels.Labels, CorpusRepair.DuplicateKey(row[text]), labels.Known));
        }

        return new Corpus(CorpusFormat.Reviews, ReviewLabels.Heads, comments);
    }

    private static Corpus HateSpeech(CsvTable table, string path)
    {
        var labels = HateSpeechLabels.Where(table.Header.Contains).ToArray();
        var columns = labels.Select(table.Column).ToArray();
        var comments = new List<LabelledComment>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            RequireFields(table, row, columns.Append(0).Max(), path, r);
            var text = CorpusRepair.RepairTweet(row[0]);
            comments.Add(new LabelledComment(text, columns.Select(c => Label(table, row, c, path, r)).ToArray(), CorpusRepair.DuplicateKey(text)));
        }

        return new Corpus(CorpusFormat.HateSpeech, labels, comments);
    }

    private static Corpus Gambling(CsvTable table, string path)
    {
        var label = table.Column(GamblingLabel);
        var text = table.Column("comment");
        var video = table.Header.Contains("video_id") ? table.Column("video_id") : -1;
        var comments = new List<LabelledComment>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            RequireFields(table, row, Math.Max(label, text), path, r);
            var repaired = CorpusRepair.RepairComment(row[text]);
            var group = video >= 0 && video < row.Length ? row[video] : CorpusRepair.DuplicateKey(repaired);
            comments.Add(new LabelledComment(repaired, [Label(table, row, label, path, r)], group));
        }

        return new Corpus(CorpusFormat.Gambling, [GamblingLabel], comments);
    }

    // Rows are numbered as lines: the corpora keep each row on one line, after the header.
    private static void RequireFields(CsvTable table, string[] row, int lastColumn, string path, int rowIndex)
    {
        if (row.Length <= lastColumn)
        {
            throw new InvalidDataException($"'{path}' line {rowIndex + 2}: {row.Length} fields, the header has {table.Header.Count}.");
        }
    }

    /// <summary>A 0/1 label; anything else is an error, not a silent negative that would skew the metrics.</summary>
    private static bool Label(CsvTable table, string[] row, int column, string path, int rowIndex) => row[column].Trim().ToLowerInvariant() switch
    {
        "1" or "1.0" or "true" => true,
        "0" or "0.0" or "false" => false,
        _ => throw new InvalidDataException(
            $"'{path}' line {rowIndex + 2}: column '{table.Header[column]}' is '{row[column].Trim()}'; a label is 0 or 1."),
    };
}
