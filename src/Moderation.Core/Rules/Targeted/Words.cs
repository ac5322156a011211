namespace Moderation.Rules.Targeted;

/// <summary>The closed word classes the targeted-speech rule reads grammar from, in the canonical view's spelling.</summary>
internal static class Words
{
    /// <summary>Words that deny what follows: "bukan sampah", "tidak pernah bisa dipercaya", "jangan usir".</summary>
    public static readonly WordSet Negators = new("tidak", "bukan", "jangan", "belum", "tanpa", "enggan", "mustahil", "mana", "kurang", "sulit", "susah", "sukar");

    /// <summary>Words that may stand between a denial and what it denies.</summary>
    public static readonly WordSet Skippable = new(
        "pernah", "akan", "bakal", "bisa", "dapat", "mau", "boleh", "pantas", "layak", "berhak", "jadi", "menjadi", "terlalu", "begitu",
        "cukup", "mungkin", "punya", "lagi", "juga", "pula", "sama", "sekali", "semua", "sih", "kok", "memang", "itu", "ini", "sangat",
        "perlu", "usah", "harus", "sepenuhnya", "selalu", "terbukti", "ada", "satupun", "sedikitpun", "sedikit", "pun", "orang", "manusia",
        "makhluk", "warga", "bangsa", "kaum", "kata", "yang", "disebut", "dianggap", "dibilang", "memiliki", "kemampuan", "kapasitas", "untuk", "rasa", "alasan");

    /// <summary>A question that asks why something is not done is a call to do it: "kenapa tidak usir saja".</summary>
    public static readonly WordSet Questions = new("kenapa", "mengapa", "kok", "apa", "apakah", "bukankah", "masa", "kapan", "bagaimana", "gimana");

    /// <summary>Words that turn a violent or excluding verb into a call: modals, wishes and exhortations.</summary>
    public static readonly WordSet Modals = new(
        "harus", "wajib", "perlu", "layak", "pantas", "patut", "sebaiknya", "baik", "mending", "mendingan", "halal", "boleh", "biar",
        "semoga", "ayo", "mari", "yuk", "tolong", "segera", "cepat", "pokoknya", "saatnya", "seharusnya", "sepatutnya", "selayaknya",
        "langsung", "sekalian", "ramai-ramai", "beramai-ramai", "rame-rame", "bersama", "mesti", "kudu", "wajibnya", "tinggal", "mestinya",
        "harusnya", "sepantasnya", "pantasnya", "wajarnya", "sebaiknya", "lebih", "berani", "wajar");

    public static readonly WordSet FirstPerson = new("saya", "kami", "kita", "ku", "gua", "ane", "ana", "kita-kita");

    /// <summary>Words after a verb that make it a command: "usir saja", "bunuhlah semua".</summary>
    public static readonly WordSet CallAfter = new("saja", "sekalian", "semua", "lah", "dong", "sekarang", "segera", "secepatnya", "rame-rame", "ramai-ramai");

    /// <summary>What may stand between a verb or a feeling and its target: "benci banget sama orang X", "usir saja semua".</summary>
    public static readonly WordSet BetweenAfter = new(
        "saja", "semua", "seluruh", "sekalian", "para", "itu", "ini", "si", "sama", "dengan", "pada", "kepada", "terhadap", "banget",
        "sekali", "sangat", "lihat", "melihat", "ketemu", "bertemu", "dekat", "lah", "dong", "deh", "setiap", "tiap", "untuk", "bagi",
        "buat", "yang", "namanya", "dengan", "akan", "orang-orang", "segala", "habis", "sampai", "hingga", "dari", "tanah", "air",
        "rumah", "leher", "kepala", "tempat", "ibadah", "gereja", "masjid", "kampung", "toko", "anak", "keluarga", "wajah", "muka",
        "tubuh", "badan", "daripada", "drpd", "saya", "aku", "gue", "kali", "karo", "tenan", "pisan", "jeung", "bareng", "bersama",
        "kabeh", "kepada", "ke", "sebelahan", "sebelah", "kelakuan", "tingkah", "sikap", "perilaku", "tampang", "gaya", "cara", "menantu",
        "mantu", "tetangga", "pemimpin", "bos", "presiden", "teman", "pacar", "suami", "istri", "tetanggaan", "bertetangga", "berteman",
        "temenan", "bergaul", "dekat-dekat", "berdekatan", "sekampung", "serumah", "sekantor", "sekelas", "punya", "jadi", "menjadi",
        "dipimpin", "oleh", "pernah", "mau", "kapal", "pengungsi", "negeri", "negara", "permukiman", "pemukiman", "markas", "asrama",
        "dan", "marah", "kesal", "saat", "ketika", "waktu", "berbagi", "kota", "ruang", "keberadaan", "kehadiran", "adanya", "kos", "kamar", "kontrakan", "tanah", "lahan", "nikah", "menikah", "kawin", "pacaran", "berpacaran", "berkencan", "kencan", "deket", "deket-deket", "dengar", "denger", "mendengar", "logat", "aksen", "suara", "pura", "vihara", "klenteng", "kelenteng", "warung", "desa", "komunitas", "jemaat", "pengikut", "satu", "per", "kelompok", "sekelompok", "setim", "tim", "kalau", "kalo", "ada", "pun", "rumah-rumah", "rasanya", "harus", "terpaksa", "kerja", "bekerja", "duduk", "tinggal", "sekolah", "main", "bermain", "makan", "bau", "ruangan", "kelas", "kantor", "gerbong", "meja", "angkot", "bus", "lift", "mobil", "kendaraan", "nya", "hidup-hidup", "etnis");

    /// <summary>Words that may stand between a target and what is said of it without changing the subject.</summary>
    public static readonly WordSet BetweenBefore = new(
        "itu", "ini", "memang", "semua", "semuanya", "sih", "kok", "adalah", "ialah", "merupakan", "cuma", "hanya", "benar-benar",
        "sangat", "sungguh", "paling", "terlalu", "pada", "pasti", "selalu", "sering", "biasanya", "rata-rata", "kebanyakan", "tetap",
        "masih", "juga", "pun", "sama", "saja", "seperti", "bagaikan", "bagai", "mirip", "layaknya", "ibarat", "harus", "wajib",
        "perlu", "layak", "pantas", "patut", "sebaiknya", "lebih", "baik", "mending", "akan", "bakal", "sudah", "telah", "jadi",
        "menjadi", "dasar", "kan", "lah", "nih", "deh", "dong", "macam", "sejenis", "sebangsa", "mereka", "tidak", "bukan", "pernah",
        "bisa", "dapat", "banget", "sekali", "amat", "begitu", "suka", "gemar", "doyan", "hobi", "ya", "yah", "lho", "loh", "dari",
        "dulu", "sejak", "umumnya", "pada", "dasarnya", "aslinya", "memanglah", "emang", "asli", "ternyata", "seharusnya", "mesti",
        "benar", "sudah", "cuman", "semata", "hanyalah", "cumalah", "tuh", "kalian", "kita", "orang", "manusia", "makhluk", "golongan",
        "kaum", "bangsa", "umat", "nya", "yang", "tak", "membuat", "membuatku", "bikin", "dibuat", "dibikin", "sungguh", "dianggap", "disebut", "diperlakukan",
        "dikenal", "terkenal", "secara", "alami", "alamiah", "bawaan", "genetik", "keturunan", "diibaratkan", "ibaratnya", "seperti", "setara", "dengan",
        "tidak", "lebih", "kurang", "dari", "semua", "di", "mata", "saya", "menurut", "gua", "rendah", "derajatnya", "kelasnya", "kerjanya",
        "bisanya", "taunya", "tahunya", "kerjaannya", "hobinya", "sukanya", "sifatnya", "wataknya", "mentalnya", "otaknya", "gampang",
        "mudah", "bahkan", "alaminya", "sifat", "watak", "bawaannya");

    /// <summary>Words that start a clause about something else: "... tapi penjualnya licik".</summary>
    public static readonly WordSet Contrast = new(
        "tapi", "tetapi", "namun", "sedangkan", "padahal", "melainkan", "sementara", "kecuali", "walaupun", "meskipun", "biarpun");

    /// <summary>Words before an animal word that make it an animal: "makan babi", "pelihara anjing", "babi hutan".</summary>
    public static readonly WordSet AnimalCues = new(
        "makan", "memakan", "dimakan", "daging", "ternak", "beternak", "peternak", "peternakan", "pelihara", "memelihara", "piara",
        "kandang", "jual", "menjual", "beli", "membeli", "konsumsi", "mengonsumsi", "sate", "gulai", "berburu", "buru", "tangkap",
        "menangkap", "seekor", "ekor", "pakan", "kasih", "memberi", "takut", "gigit", "digigit", "racun", "pembasmi", "semprot",
        "obat", "hutan", "liar", "anak", "bulu", "kulit", "tanduk", "susu", "minyak", "lemak", "haram", "mengharamkan");

    /// <summary>Words that make the verb after them a report of what someone else did to the target: "disebut monyet".</summary>
    public static readonly WordSet PassiveSpeech = new(
        "disebut", "dikatakan", "dijuluki", "dicap", "dilabeli", "dihina", "diejek", "dicaci", "dicemooh", "diolok-olok", "dimaki",
        "diteriaki", "dipanggil", "dianggap", "dituduh", "diperlakukan", "dituding", "difitnah", "distigma", "distereotipkan");

    /// <summary>A clearly transitive verb in the gap means what follows is said of its object, not of the target.</summary>
    public static readonly WordSet Transitive = new(
        "makan", "minum", "pakai", "punya", "beli", "jual", "bawa", "buat", "lihat", "kasih", "kirim", "bangun", "tanam", "masak",
        "kerja", "cari", "pilih", "tonton", "baca", "tulis", "ajak", "temui", "kunjungi", "bantu", "tolong", "dukung", "jaga", "urus");
}
