namespace Moderation.Normalisation;

/// <summary>Words the normaliser knows are real, used to choose between readings of a disguised or stretched word.</summary>
/// <remarks>
/// "maaaaf" could be "maf" or "maaf" and "t41" could be "t41" or "tai": the reading found here wins. It holds the
/// abusive words, the slang table on both sides, and common words, especially those with genuine double letters, and the
/// names of groups, which readers disguise as they disguise insults ("ch1n4", "maduraa").
/// </remarks>
internal static class Lexicon
{
    private const string CommonWords = """
        maaf saat taat manfaat jumaat sunnah allah tinggal tinggi tunggu tanggal ringgit canggih anggota anggaran
        tanggung tangga tetangga minggu ganggu pinggir unggul saudara keluarga kerja rumah jalan uang orang anak
        aku saya kamu dia kita kami mereka ini itu yang dan atau di ke dari untuk dengan pada oleh karena jika kalau
        ada tidak bukan belum sudah akan sedang masih juga saja hanya sangat banget sekali lagi terus mau bisa harus
        apa siapa mana kapan kenapa bagaimana berapa benar salah baik buruk bagus jelek besar kecil baru lama
        hilang mati hidup makan minum tidur pergi pulang datang lihat dengar bilang tahu kenal suka cinta benci
        pemerintah presiden menteri rakyat negara bangsa agama islam kristen hindu buddha polisi tentara hukum
        berita media artikel komentar judi online slot gacor maxwin depo wd togel toto bandar situs link daftar
        menang hadiah bonus jackpot scatter pola admin hoki cuan modal deposit promo
        hutan tetangga kucing ayam sapi kambing ikan burung hewan binatang kebun desa kota jakarta indonesia
        url user haha wkwk hehe kok sih dong deh lho kan pun lah tah yah nah
        good free all will call full shit fuck bitch
        cina china tionghoa jawa sunda batak madura minang bugis betawi bali aceh dayak papua ambon manado flores nias
        toraja arab yahudi india bule katolik budha konghucu ahmadiyah syiah kafir aseng gay homo lesbi lesbian waria banci
        """;

    private static readonly HashSet<string> Words = Build();

    /// <summary>Lookup by span, so checking a candidate reading does not allocate.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        words.UnionWith(CommonWords.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        words.UnionWith(AbusiveWords.All);
        words.UnionWith(AbusiveWords.Spelled);
        words.UnionWith(SlangDictionary.Slang);
        foreach (var formal in SlangDictionary.Formal)
        {
            words.UnionWith(formal.Split(' '));
        }

        return words;
    }
}
