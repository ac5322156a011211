using Moderation.Decisions;

namespace Moderation.Core.Tests.Pipeline;

/// <summary>Reader comments written for these tests, with the decision a moderator would want. The rule cases decide without the
/// model; the model cases need the trained heads.</summary>
public static class RealisticComments
{
    /// <summary>Traps and clean comments that must be approved whatever the model says about single words in them.</summary>
    public static TheoryData<string> MustApprove => new()
    {
        "Kebijakan menteri ini ngawur, rakyat kecil yang jadi korban. Tolong dievaluasi!",
        "Polisi harus usut tuntas kasus ini, jangan tebang pilih. Kinerja Polri makin mengecewakan.",
        "Kementerian Kesehatan lamban sekali menangani wabah ini, anggarannya ke mana?",
        "Kebijakan presiden soal impor beras ini jelas merugikan petani.",
        "DPR cuma bisa tidur waktu rapat, gaji besar kerja nol.",
        "Anjing tetangga saya hilang sejak kemarin, ada yang lihat?",
        "Anjing kamu lucu banget, boleh saya adopsi anaknya?",
        "Anjing lo udah divaksin rabies belum?",
        "Anjing kamu sakit? bawa ke dokter hewan aja",
        "Babi hutan masuk kebun warga dan merusak tanaman jagung.",
        "Judi online merusak keluarga, banyak yang bangkrut gara-gara slot.",
        "Ayo jaga persatuan, jangan terprovokasi isu SARA.",
        "Semoga perdamaian segera tercapai.",
        "Korban bunuh diri akibat pinjol makin banyak, pemerintah harus turun tangan.",
        "Harga cabai naik jadi Rp 80.000 per kilo, tahun 2024 lebih parah dari 2023.",
        "Sesuai Pasal 27 ayat (3) UU ITE yang lama, kasus ini harusnya gugur.",
        "Pelaku pembunuhan sudah ditangkap polisi, semoga dihukum berat.",
        "DPR itu sarang koruptor, bubarkan saja.",
        "Polisi korup, kerjanya cuma pungli di jalan.",
        "Warga Cina Benteng merayakan Imlek dengan meriah.",
        "Gereja dan masjid berdampingan di kampung kami, indah sekali.",
        "Tetangga saya bangkrut gara-gara main slot, kasihan anak istrinya.",
        "Judi online merusak keluarga, baca beritanya di kompas.com",
        "Satgas harus blokir situs judi online, lihat https://www.kominfo.go.id/berita",
        "Laptop saya pakai windows10, slot RAM nya cuma dua",
        "Upgrade ke windows11 dulu, baru tambah SSD di slot kedua",
        "Deposit saya di bank sudah bisa withdraw belum ya?",
        "Daging babi haram bagi umat Islam, hati-hati beli bakso.",
        "Jadwal kereta depo Depok berubah mulai hari ini.",
        "Kita bantai Malaysia 3-0 malam ini!",
        "Orang Batak itu ramah dan pekerja keras, saya banyak belajar dari mereka.",
        "Umat Hindu di Bali merayakan Nyepi dengan khidmat.",
        "Kalau ada yang bilang orang Papua monyet, itu rasis dan harus dilaporkan.",
        "Polisi menangkap pria yang menyebut warga Papua monyet.",
        "Orang Madura bukan sampah, stop generalisasi.",
    };

    /// <summary>Comments the rules alone must hold or reject, with the category that must be among the reasons.</summary>
    public static TheoryData<string, Decision, Category> RuleCases => new()
    {
        { "Gw tau rumah lu, tunggu pembalasan gw", Decision.Flagged, Category.Threat },
        { "I will kill you, watch your back", Decision.Flagged, Category.Threat },
        { "Awas kau, kubakar rumahmu malam ini", Decision.Flagged, Category.Threat },
        { "Ini alamat wartawannya Jl. Melati No. 7 RT 02 RW 04 Depok, datangi aja", Decision.Flagged, Category.PersonalData },
        { "Nomor HP jurnalis itu 081298765432, teror aja rame-rame", Decision.Flagged, Category.PersonalData },
        { "NIK si jurnalis 3201011505900001 sebarin aja", Decision.Flagged, Category.PersonalData },
        { "Transfer 5 juta ke rekening saya atau video kamu saya sebar", Decision.Flagged, Category.Extortion },
        { "kirim 2 juta malam ini kalau gak foto bugil kamu gw upload", Decision.Flagged, Category.Extortion },
        { "𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor maxwin, daftar sekarang!", Decision.Rejected, Category.Gambling },
        { "Slot gacor hari ini! Pola maxwin, wd lancar, depo 10rb via dana", Decision.Rejected, Category.Gambling },
        { "ＮＡＧＡ８８ situs terpercaya, jp tiap hari", Decision.Rejected, Category.Gambling },
        { "Open BO area Jaksel, wa 081234567890", Decision.Rejected, Category.Sexual },
        { "Selamat anda mendapatkan hadiah 10 juta, klaim di wa 081234567890", Decision.Flagged, Category.Scam },
        { "Semua orang Yahudi itu licik dan harus diusir dari Indonesia", Decision.Flagged, Category.Hate },
        { "orang Madura memang tolol", Decision.Flagged, Category.Hate },
        { "kenapa kita tidak usir saja orang Tionghoa?", Decision.Flagged, Category.Hate },
        { "Kaum gay itu penyakit, harus dibasmi", Decision.Flagged, Category.Threat },
        { "Redaksi ini pantas dibom", Decision.Flagged, Category.Threat },
        { "Penulis berita ini harus dihabisi", Decision.Flagged, Category.Threat },
    };

    /// <summary>Comments only the model can judge: insults, SARA hate, regional and English abuse.</summary>
    public static TheoryData<string, Category> ModelCases => new()
    {
        { "Dasar goblok lu, baca berita aja gak becus", Category.Insult },
        { "Otak udang, komentar lu sampah", Category.Insult },
        { "Dasar Cina kafir, usir saja mereka dari negeri ini", Category.Hate },
        { "Umat agama itu memang teroris semua, bakar saja gerejanya", Category.Hate },
        { "Asu kowe, ra ngerti opo-opo", Category.Profanity },
        { "Goblog sia, teu ngarti nanaon", Category.Profanity },
        { "Jancuk, mainnya kayak tai", Category.Profanity },
        { "Bangsat lu anjing", Category.Profanity },
        { "Dasar anjing kamu!", Category.Insult },
        { "Anjing lo, kerja gak becus", Category.Insult },
        { "lu babi", Category.Insult },
        { "anjing lu, vaksin dulu otaknya", Category.Insult },
        { "You are a stupid idiot, shut up", Category.Profanity },
    };
}
