namespace Moderation.Rules.Targeted;

/// <summary>Everyday Indonesian words that a misspelling of a lexicon word could collide with ("sampai" is one letter from
/// "sampah", "usia" from "usir"): a word the reader may have meant is never read as another.</summary>
/// <remarks>Written by hand for this project; the slang dictionary's words and the lexicons' own words are added to it.</remarks>
internal static class CommonWords
{
    public const string Text = """
        ada adalah adik agak agar air ajar akan akhir akhirnya aku akun alam alamat alasan aman ambil anak aneh angin angka
        antar antara apa apakah api arah arti asal asli atas atau awal awas ayah ayam bab baca badan bagai bagaimana bagi
        bagian bagus bahan bahasa bahkan bahwa baik baju bakal balik bambu ban banget bangun banjir banyak bapak barang
        barat baru batas batu bawa bawah bayar beda begitu bekas belajar belakang beli belum benar bentuk berapa berat
        beri berita besar besok betul biar biasa biaya bicara bikin bila bilang bintang bisa bisnis bodo boleh bola bulan
        bumi buku bunga buruk butuh cara cari cepat cerita cukup cuma cinta dalam dan dapat dari daripada darat dasar data
        datang daun dekat demi dengan depan desa dewasa di dia diam dini dirinya diri dua duduk dulu dunia empat enak
        entah gagal gambar ganti gaya gedung gelap gerak gigi gini gitu guna gunung guru habis hadir hak hal halaman hampir
        hanya harap harga hari harus hasil hati hebat hidup hijau hilang hingga hitam hujan hukum ibu ide ikan ikut ilmu
        indah ingat ingin ini inti isi istri itu iya jadi jaga jalan jam jamin jangan jarang jauh jawab jelas jenis jual
        juga jujur jumlah juta kabar kadang kaki kali kalian kalau kamar kami kamu kampung kanan kantor kapan karena kartu
        kasih kata kaya ke kecil kedua kehidupan kelas keluar keluarga kembali kenal kepala kepada kerja keras kereta kini
        kira kiri kita kok kondisi kopi kota kuat kulit kuning kurang lagi lahir lain laku lalu lama lampu langit langsung
        lantai lapangan laut lawan layak lebih lewat lihat lima lingkungan luar lucu lulus lupa maaf macam mahal main makan
        maksud malam malu mana mandi mantan mari masa masalah masih masuk mata mati mau mawar meja memang menang mereka
        merah mesin milik minggu minta minum misal mobil mohon mudah muda mulai mulut mungkin murah musik naik nama namun
        nanti negara negeri nilai nomor nyata obat oleh olahraga orang pada pagi pakai paling panas pantai papan para
        pasar pasti pegawai pelan penting perlu pernah persen pertama pesan pihak pikir pilih pindah pintu pohon polisi
        pria pulang punya pusat putih putus rasa ratus rakyat ramai rambut rapat rata rekan rendah ribu ringan rumah rusak
        saat sabar sakit saja salah sama sampai sana sangat sapi satu saudara saya sayang sebab sebelum sebentar sebuah
        sedang sedikit segera sejak sekali sekarang sekolah selalu selama selesai semua semoga sempat senang sendiri
        sering sesuai setelah setiap siang siap siapa sedih suara sudah suka sulit sumber sungai supaya surat susah
        tahu tahun tak takut tambah tampil tanah tangan tanpa tanya tapi tas tawar tempat teman tengah tentang terang
        terus tetap tiba tidak tiga tinggal tinggi tidur toko tolong tua tuan tugas tujuan tulis tunggu turun tutup uang
        ujian ukuran umum umur untuk untung urus usaha usia utama waktu warga warna wajah wanita ya yakin yang
        nasi sate soto bakso mie teh susu gula garam roti kue sayur buah jeruk apel pisang mangga tomat cabai bawang
        beras jagung tempe tahu telur daging minyak
        kali saat pantas pastinya bukti biasanya benda bantu bantuan bentar bensin beni bela belanja bila bali balai
        hati sati mas mat mai ana ani
        """;

    /// <summary>Everyday words and given names one letter from a word of the lexicons ("anda" from "janda", "peran" from "perang",
    /// "Andi" from "mandi"): never read as that word. Not pieces for splitting glued words, where short ones would cut
    /// "memberikan" into "member" "ikan", and not common words, which are never names.</summary>
    public static readonly string[] Collisions = """
        anda andai andaikan bani maka nak amin buka aksi bong sang berada alat min indo kubu member maunya ulang raja
        hai minat peran seolah berasa seru elit kuasa musim komplek berbau setahu cita sisa ditebak tebak seakan kaca bak beragam
        wani papa sila tata real kala berak meme tega pinjaman tema seng makna tepatnya norma basa basi migran ending haus
        tuanya elah emot calo kelar ekonom bersiap singapur bar yaman peri kain sakti bara palestin mal sorang sip panasnya pening
        umrah atuh abah bertema dicinta teratas dalan sesaat menyimpan biasakan metal keok ledakan silam mana jawi gede merek bung mak
        doa
        turn man don bas eng nik lur than dog pick toa road back pink luh nda rai kui tui eek ati
        andi rian puti rais nas agus ali rama
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
