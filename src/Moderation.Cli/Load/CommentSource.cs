using System.Text.Json;

namespace Moderation.Cli.Load;

/// <summary>The comment bodies of one run, built before the clock starts: raw JSON CommentSubmitted per the wire contract.</summary>
public static class CommentSource
{
    private static readonly string[] Openers = ["Semoga", "Menurut saya", "Kenapa", "Tolong", "Mantap", "Saya kira", "Jujur saja", "Wah"];
    private static readonly string[] Middles = ["pemerintah harus", "warga bisa", "berita ini", "pak menteri perlu", "kita semua wajib", "harga beras akan"];
    private static readonly string[] Ends = ["segera bertindak.", "lebih transparan.", "cepat selesai!", "tidak masuk akal.", "dipikirkan ulang.", "bikin bangga."];
    private static readonly string[] Places = ["Medan", "Bandung", "Surabaya", "Makassar", "Padang", "Pontianak", "Kupang", "Ambon", "Jayapura",
        "Manado", "Palembang", "Banjarmasin", "Mataram", "Denpasar", "Semarang", "Yogyakarta", "Malang", "Bogor", "Cirebon", "Jambi", "Bengkulu",
        "Ternate", "Sorong", "Kendari", "Palu"];
    private static readonly string[] Topics = ["soal banjir", "soal jalan rusak", "soal sekolah", "soal pupuk", "soal listrik", "soal air bersih",
        "soal ojek", "soal pasar", "soal puskesmas", "soal sampah", "soal macet", "soal nelayan", "soal guru honorer", "soal harga cabai",
        "soal bansos", "soal kereta", "soal pelabuhan", "soal internet desa", "soal hutan", "soal pariwisata"];

    // Coordinated copies, posted word for word by many authors.
    private static readonly string[] Campaigns =
    [
        "Sebarkan ke semua grup keluarga, program ini wajib didukung sampai tuntas",
        "Cek info lengkapnya di profil saya, dijamin untung tiap hari tanpa modal",
        "Kami warga desa menolak keras rencana itu, tolong pak presiden dengar suara kami",
    ];

    /// <summary>One comment in this many is a copy of a campaign text; the others are a reader's own words.</summary>
    public const int CampaignEvery = 25;

    /// <summary>The comment id of the <paramref name="index"/>-th comment of run <paramref name="runId"/>.</summary>
    public static string CommentId(string runId, int index) => $"{IdPrefix(runId)}{index}";

    public static string IdPrefix(string runId) => $"load-{runId}-";

    /// <summary>Texts from the CSV (cycled to <paramref name="count"/>) or from the generator.</summary>
    public static IReadOnlyList<string> Texts(int count, string? csvPath, string textColumn)
    {
        if (csvPath is null)
        {
            // Like a news site's comment stream: ordinary comments whose letters differ (digits alone would make them one campaign
            // to the service's fingerprint, and the score cache would answer them), and every CampaignEvery-th a campaign copy.
            return Enumerable.Range(0, count).Select(Generated).ToList();
        }

        var rows = CsvTexts.Read(csvPath, textColumn);
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"'{csvPath}' has no non-empty '{textColumn}' values.");
        }

        return Enumerable.Range(0, count).Select(i => rows[i % rows.Count]).ToList();
    }

    /// <summary>The texts of a warm-up and of the measured run after it, from one sequence, so generated measured comments are new
    /// to the service's score cache as live comments are (the campaign copies excepted); a CSV shorter than both runs repeats.</summary>
    public static (IReadOnlyList<string> Warmup, IReadOnlyList<string> Measured) Runs(int warmup, int count, string? csvPath, string textColumn)
    {
        var texts = Texts(warmup + count, csvPath, textColumn);
        return (texts.Take(warmup).ToList(), texts.Skip(warmup).ToList());
    }

    private static string Generated(int i)
    {
        if (i % CampaignEvery == CampaignEvery - 1)
        {
            return Campaigns[i / CampaignEvery % Campaigns.Length];
        }

        // 288 sentences x 25 places x 20 topics: 144,000 distinct texts before one repeats.
        var combination = i / 288;
        return $"{Openers[i % Openers.Length]} {Middles[i / 8 % Middles.Length]} {Ends[i / 48 % Ends.Length]} " +
            $"Salam dari {Places[combination % Places.Length]} {Topics[combination / Places.Length % Topics.Length]}.";
    }

    /// <summary>Readers the generated comments come from by default: so many that each posts about once per run, as readers of
    /// a breaking story do. With 5,000 readers each posted dozens of comments a minute at full
    /// speed, and the policy's velocity signal, rightly, sent 43% of the comments to the review queue.</summary>
    public const int DefaultAuthors = 1_000_000;

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
