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
            CorpusFormat.HateSpeech => HateSpeech(table),
            CorpusFormat.Gambling => Gambling(table),
            _ => throw new InvalidDataException("unreachable"),
        };
    }

    public static Corpus Read(string path, CorpusFormat expected)
    {
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

        var shown = string.Join(',', header.Take(6));
        throw new InvalidDataException(
            $"unknown file format (header '{shown}'): expected the hate-speech corpus (Tweet,HS,Abusive,...) or the gambling corpus (label,comment,...).");
    }

    private static Corpus HateSpeech(CsvTable table)
    {
        var labels = HateSpeechLabels.Where(table.Header.Contains).ToArray();
        var columns = labels.Select(table.Column).ToArray();
        var comments = new List<LabelledComment>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (row.Length < table.Header.Count)
            {
                continue;
            }

            var text = CorpusRepair.RepairTweet(row[0]);
            comments.Add(new LabelledComment(text, columns.Select(c => IsPositive(row[c])).ToArray(), CorpusRepair.DuplicateKey(text)));
        }

        return new Corpus(CorpusFormat.HateSpeech, labels, comments);
    }

    private static Corpus Gambling(CsvTable table)
    {
        var label = table.Column(GamblingLabel);
        var text = table.Column("comment");
        var video = table.Header.Contains("video_id") ? table.Column("video_id") : -1;
        var comments = new List<LabelledComment>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (row.Length <= Math.Max(label, text))
            {
                continue;
            }

            var repaired = CorpusRepair.RepairComment(row[text]);
            var group = video >= 0 && video < row.Length ? row[video] : CorpusRepair.DuplicateKey(repaired);
            comments.Add(new LabelledComment(repaired, [IsPositive(row[label])], group));
        }

        return new Corpus(CorpusFormat.Gambling, [GamblingLabel], comments);
    }

    private static bool IsPositive(string value) => value.Trim() is "1" or "1.0" or "true" or "True";
}
