namespace Moderation.Rules.Targeted;

/// <summary>The protected groups as Indonesian news readers name them, in the canonical view's spelling (lower case, slang
/// resolved: "org cina" reads "orang cina"), with the words that make a name collective and the words that make it a place.</summary>
/// <remarks>Written by hand for this project. Each line reads "ground flags: term | term"; flags are <c>slur</c>,
/// <c>marker</c> (the name needs a collective word or doubling to mean people) and <c>place</c> (the name is also a place).</remarks>
internal static class GroupLexicon
{
    private const string Entries = """
        ethnicity place: jawa | sunda | batak | madura | bali | aceh | papua | ambon | manado | minahasa | ntt | flores | timor | nias | toraja | buton | lampung | palembang | mandar | gorontalo | ternate | sumba | mentawai | banjar | sasak | bugis | makassar | padang | minang | minangkabau | betawi | dayak | tengger | baduy | osing | melayu
        ethnicity: tionghoa | jowo | sundanese | javanese | batak toba | batak karo | papua nugini | orang timur | cindo | peranakan | asmat
        ethnicity slur: jawir | cokin | singkek | aseng | koteka
        nationality marker: cina | china | tiongkok | arab | india | amerika | jepang | korea | afrika | pakistan | bangladesh | filipina | malaysia | singapura | eropa | belanda | inggris | australia | israel | palestina | iran | turki | rusia | ukraina | nigeria | vietnam | thailand | asing | barat | timur tengah | uighur | uyghur | myanmar
        nationality: yahudi | rohingya | bule | wna | warga negara asing | tka | tenaga kerja asing | imigran | pengungsi | pencari suaka | keturunan arab | keturunan cina | keturunan india | keturunan tionghoa
        nationality slur: onta | unta arab
        nationality slur: keling | cina babi | babi cina | cino
        skin-colour: kulit hitam | berkulit hitam | kulit gelap | berkulit gelap | kulit putih | berkulit putih | kulit kuning | berkulit kuning | kulit coklat | berkulit coklat | kulit cokelat | berkulit cokelat | kulit sawo matang | berkulit sawo matang | yang kulitnya hitam | yang kulitnya gelap | yang kulitnya putih | yang kulitnya coklat | yang kulitnya cokelat | yang kulitnya sawo matang | yang berkulit hitam | yang berkulit gelap | yang berkulit putih
        skin-colour marker: hitam
        skin-colour slur marker: item
        race: ras kuning | ras hitam | ras kulit hitam | ras melanesia | melanesia | mongoloid | negroid | kaukasia
        race slur: sipit | mata sipit
        race slur: negro | nigger | nigga
        religion: islam | muslim | muslimah | muslimin | kristen | kristiani | nasrani | katolik | katholik | protestan | hindu | buddha | budha | buddhis | konghucu | khonghucu | kong hu cu | umat beragama | umat kristen | umat islam | umat hindu | umat buddha | umat katolik | umat konghucu
        religion slur: kafir | kafirun | kaum kafir | kapir | salibis | penyembah berhala | penyembah salib | penyembah patung | antek salib
        belief: ahmadiyah | syiah | penghayat | penghayat kepercayaan | kejawen | sunda wiwitan | bahai | parmalim | kaharingan | aluk todolo | aliran kepercayaan | ateis | atheis | agnostik | saksi yehuwa | mormon | sikh | taois
        belief slur: rafidhah | rafidah | qadiani
        gender: perempuan | wanita | cewek | cewe | laki-laki | lelaki | pria | cowok | cowo | ibu-ibu | emak-emak | bapak-bapak | janda | kaum hawa | kaum adam | perempuan-perempuan | wanita-wanita | cewek-cewek | cowok-cowok | pria-pria
        gender slur: betina | perempuan murahan | cewek murahan
        disability: penyandang disabilitas | disabilitas | difabel | orang cacat | penyandang cacat | tuna netra | tunanetra | tuna rungu | tunarungu | tuna wicara | tunawicara | tuna grahita | tunagrahita | tuna daksa | tunadaksa | autis | autisme | penderita autisme | down syndrome | sindrom down | odgj | orang dengan gangguan jiwa | gangguan jiwa | penyandang gangguan jiwa | skizofrenia | penderita skizofrenia | cacat mental | keterbelakangan mental | orang berkebutuhan khusus | anak berkebutuhan khusus | kursi roda | pengguna kursi roda | orang buta | orang tuli | orang bisu | orang lumpuh | orang gila | orang-orang gila
        disability marker: cacat | buta | tuli | bisu | lumpuh | pincang
        disability slur: budek | picek | gagu | retard | autis akut
        sexual-orientation: lgbt | lgbtq | lgbtqia | lgbt+ | elgebete | gay | gey | lesbi | lesbian | homoseks | homoseksual | biseks | biseksual | transgender | transpuan | waria | queer | kaum pelangi | penyuka sesama jenis | pasangan sesama jenis | sesama jenis
        sexual-orientation marker: trans | transeksual
        sexual-orientation slur: banci | homo | bencong | maho | kaum sodom | kaum luth | lekong
        """;

    /// <summary>Words that make a following name collective: "orang Batak", "kaum gay", "umat Hindu".</summary>
    public static readonly WordSet Collective = new(
        "orang", "kaum", "umat", "suku", "bangsa", "etnis", "ras", "para", "warga", "masyarakat", "golongan", "komunitas", "keturunan",
        "penganut", "pemeluk", "jemaah", "jamaah", "jemaat", "kalangan", "kelompok", "wong", "urang", "halak", "orang-orang", "penduduk",
        "pendatang", "imigran", "pekerja", "buruh", "rakyat", "anak-anak", "kaum-kaum", "semua", "seluruh", "setiap", "tiap"
    );

    /// <summary>Words after which a place name is the place, not its people: "di Papua", "pulau Jawa", "bahasa Sunda".</summary>
    public static readonly WordSet PlaceBefore = new(
        "di", "ke", "dari", "pulau", "provinsi", "prov", "kota", "kab", "kabupaten", "daerah", "wilayah", "selat", "laut", "gunung",
        "bahasa", "masakan", "nasi", "sate", "soto", "rendang", "kopi", "batik", "lagu", "tari", "tarian", "musik", "adat", "budaya",
        "gempa", "banjir", "bandara", "pelabuhan", "universitas", "univ", "timnas", "klub", "polda", "kodam", "pemprov", "pemkab",
        "pemkot", "gubernur", "bupati", "walikota", "dprd", "kapolda", "tanah", "asal", "perantauan", "rantau", "menuju", "jalur",
        "jalan", "jl", "tol", "kereta", "kapal", "pesawat", "hotel", "restoran", "rumah", "kampung", "desa", "kawasan", "sekitar",
        "wisata", "liburan", "mudik"
    );

    /// <summary>Words after which a place name is the place: "Jawa Timur", "Papua Barat", "Bali Utara".</summary>
    public static readonly WordSet PlaceAfter = new(
        "timur", "tengah", "barat", "utara", "selatan", "raya", "tenggara", "daya", "pegunungan", "kota", "baru", "besar"
    );

    /// <summary>Words after which a religion's or nation's name describes a thing, not its people: "partai Islam", "bank syariah",
    /// "produk Cina", "negara Arab".</summary>
    public static readonly WordSet ThingBefore = new(
        "partai", "sekolah", "pesantren", "universitas", "bank", "negara", "negeri", "kerajaan", "pemerintah", "pemerintahan", "rezim",
        "produk", "barang", "mobil", "motor", "hp", "film", "drama", "lagu", "musik", "makanan", "masakan", "restoran", "toko",
        "pasar", "hari", "tahun", "kalender", "hukum", "pengadilan", "kedutaan", "dubes", "duta", "presiden", "timnas", "klub",
        "perusahaan", "investor", "investasi", "utang", "hutang", "saham", "mata", "uang", "ekspor", "impor", "militer", "tentara",
        "kapal", "pesawat", "vaksin", "teknologi", "ekonomi", "media", "televisi", "tv", "gaya", "model", "versi", "liga", "sepak"
    );

    /// <summary>Words beside a slur that make it the ordinary word it also is: "mata sipit", "naik onta", "homo sapiens",
    /// "banci tampil".</summary>
    public static readonly WordSet HomonymBefore = new(
        "mata", "matanya", "naik", "seekor", "susu", "daging", "kandang", "bulu", "ekor", "peternakan", "gurun", "kebun", "sapi", "kampung",
        "jalan", "jl", "gang", "pasar", "desa", "kota");

    // "homo sapiens", and a word defined rather than hurled: "kafir dalam bahasa Arab artinya ...".
    public static readonly WordSet HomonymAfter = new("sapiens", "erectus", "tampil", "kelas", "artinya", "berarti", "bermakna", "maknanya");

    public static PhraseTable<GroupTerm> Terms { get; } = new(Parse());

    private static IEnumerable<(string, GroupTerm)> Parse()
    {
        foreach (var line in Entries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var term = new GroupTerm(head[0], Slur: head.Contains("slur"), NeedsMarker: head.Contains("marker"), Place: head.Contains("place"));
            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (phrase, term);
            }
        }
    }
}
