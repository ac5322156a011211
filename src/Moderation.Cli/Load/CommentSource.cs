using System.Text.Json;

namespace Moderation.Cli.Load;

/// <summary>The comment bodies of one run, built before the clock starts: raw JSON CommentSubmitted per the wire contract.</summary>
public static class CommentSource
{
    private static readonly string[] Openers = ["Semoga", "Menurut saya", "Kenapa", "Tolong", "Mantap", "Saya kira", "Jujur saja", "Wah"];
    private static readonly string[] Middles = ["pemerintah harus", "warga bisa", "berita ini", "pak menteri perlu", "kita semua wajib", "harga beras akan"];
    private static readonly string[] Ends = ["segera bertindak.", "lebih transparan.", "cepat selesai!", "tidak masuk akal.", "dipikirkan ulang.", "bikin bangga."];

    /// <summary>The comment id of the <paramref name="index"/>-th comment of run <paramref name="runId"/>.</summary>
    public static string CommentId(string runId, int index) => $"{IdPrefix(runId)}{index}";

    public static string IdPrefix(string runId) => $"load-{runId}-";

    /// <summary>Texts from the CSV (cycled to <paramref name="count"/>) or from the generator.</summary>
    public static IReadOnlyList<string> Texts(int count, string? csvPath, string textColumn)
    {
        if (csvPath is null)
        {
            // Enough variety that the score cache does not answer everything, and a few exact repeats as campaigns have.
            return Enumerable.Range(0, count).Select(i =>
                $"{Openers[i % Openers.Length]} {Middles[i / 8 % Middles.Length]} {Ends[i / 48 % Ends.Length]} #{i % 997}").ToList();
        }

        var rows = CsvTexts.Read(csvPath, textColumn);
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"'{csvPath}' has no non-empty '{textColumn}' values.");
        }

        return Enumerable.Range(0, count).Select(i => rows[i % rows.Count]).ToList();
    }

    /// <summary>One UTF-8 JSON body per text; authors cycle through <paramref name="authors"/> ids.</summary>
    public static byte[][] Bodies(string runId, IReadOnlyList<string> texts, int authors)
    {
        var bodies = new byte[texts.Count][];
        var buffer = new MemoryStream(1024);
        for (var i = 0; i < texts.Count; i++)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("commentId", CommentId(runId, i));
                json.WriteString("articleId", $"a-{i % 50}");
                json.WriteString("articleTitle", "Harga Beras Naik Menjelang Akhir Tahun");
                json.WriteString("articleUrl", $"https://news.example/ekonomi/a-{i % 50}");
                json.WriteString("section", "ekonomi");
                json.WriteString("authorId", $"load-u-{i % authors}");
                json.WriteString("authorName", $"pembaca{i % authors}");
                json.WriteNull("parentCommentId");
                json.WriteString("text", texts[i]);
                json.WriteString("submittedAt", DateTimeOffset.UtcNow);
                json.WriteEndObject();
            }

            bodies[i] = buffer.ToArray();
        }

        return bodies;
    }
}
