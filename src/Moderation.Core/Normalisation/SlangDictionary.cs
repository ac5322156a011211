namespace Moderation.Normalisation;

/// <summary>Common Indonesian chat slang and abbreviations mapped to formal Indonesian; written by hand for this project.</summary>
/// <remarks>
/// Written from everyday usage, not derived from any corpus file (the corpora's slang list is CC BY-NC-SA).
/// Regional insults (asu, goblog, jancuk) and laughter (wkwk) are left out on purpose: they are signals as written.
/// Each line reads "formal: slang slang ...".
/// </remarks>
internal static class SlangDictionary
{
    private const string Entries = """
        saya: gw gue gua guwe gwe aku ak aq sy w
        kamu: lu lo loe lw elu elo km kmu qm
        kalian: kalean klian
        dia: doi dy
        mereka: mrk mreka
        kita: kt
        yang: yg yng
        tidak: gak ga gk nggak ngga nggk enggak engga egk ngak tdk tak gag kagak kaga kgk
        bukan: bkn bukan
        banget: bgt bngt bangettt
        dengan: dgn dg
        karena: krn karna krna
        sudah: udh udah dah sdh sudh udeh
        belum: blm blom belom
        saja: aja aj sj doang
        sama: sm sma ama
        orang: org orng
        tapi: tp tpi tapii
        jadi: jd jdi
        bisa: bs bsa
        kalau: klo kalo kl klu kalu klw
        memang: emg emang emng mmg
        benar: bener bnr
        bagaimana: gmn gimana gmna gmana
        kenapa: knp knapa napa
        apa: ap apaan
        juga: jg juga
        untuk: utk
        sebagai: sbg sbgai
        main: maen
        dipakai: dipake
        tanya: nanya
        dari: dr dri
        sekarang: skrg skrang skr
        lagi: lg lgi
        pergi: pgi
        ini: ni nih
        itu: tu tuh
        begitu: gitu gt
        begini: gini
        seperti: kyk kayak kek kyak spt
        langsung: lgsg langsng
        terima kasih: makasih mksh makasi trims thx tq
        maaf: mf maap
        tolong: tlg tolongin
        sangat: sngt
        sekali: skali
        semua: smua
        sendiri: sndiri sendri
        mau: mo mao
        ingin: pengen pgn pingin pengin
        tahu: tau tw taw
        lihat: liat
        bilang: blg blng
        bicara: ngomong ngmg
        kasih: ksh
        minta: mnt
        cari: nyari
        pakai: pake pk
        bikin: bkin
        kerja: kerja krj
        pacar: pcr
        teman: temen tmn
        bapak: bpk
                kakak: kk
        adik: adek
        rumah: rmh
        uang: duit
        tempat: tmpt
        hari: hr
        besok: bsk
        kemarin: kmrn kemaren
        nanti: ntar ntr nnti
        sebentar: bntr bentar
        tunggu: tngu tungguin
        sampai: smp sampe ampe
        masih: msh masi
        pernah: prnh
        harus: hrs mesti
        boleh: blh
        perlu: prlu
        cuma: cm cuman
        hanya: hny
        lebih: lbh
        kurang: krg
        banyak: byk bnyk
        sedikit: dikit sdkt
        paling: plg
        terus: trs trus
        atau: ato atw
        dan: dn n
        di: d
        ke: k
        pada: pd
        oleh: olh
        tentang: ttg
        sebelum: sblm
        sesudah: ssdh
        setelah: stlh
        bagus: bgs
        jelek: jlk
        susah: ssh
        gampang: gmpng
        baik: baek
        cantik: cakep
        ganteng: gantenk
        capek: cape
        malas: males
        pintar: pinter
        bodoh: bego
        gila: gile
        marah: mrh
        senang: seneng
        sedih: sedi
        takut: tkt
        berani: brani
        benci: bnci
        suka: sk
        cinta: cnta
        sayang: syg
        mungkin: mgkn mngkn
        pasti: pst
        bohong: boong
        percaya: prcy
        berita: brt
        rakyat: rkyt
        negara: ngr
        agama: agm
        orang tua: ortu
        yang mulia: ym
        tidak apa-apa: gpp gapapa gakpapa
        tidak tahu: gatau gtau gktau
        tidak ada: gada gaada
        tidak bisa: gabisa gbs
        tidak jadi: gajadi gjd
        tidak mau: gamau
        ada: ad
        apa saja: apasaja
        selamat: slmt
        pagi: pg
        malam: mlm
        siang: sng
        sore: sre
        jam: jm
        ribu: rb rbu
        juta: jt jta
        tahun: thn
        bulan: bln
        minggu: mgg
        hati-hati: hati2 ati2
        sama-sama: sama2 sm2
        mudah-mudahan: mudah2an
        semoga: moga smoga
        insya allah: insyaallah insyallah
        astaga: astagfirullah astaghfirullah
        silakan: silahkan monggo
        ayo: yuk yok ayok
        iya: iy iye yoi
        oke: ok okay oce
        bersama: bareng brg
        lewat: lwt
        mengapa: ngapain
        melakukan: ngelakuin
        membuat: bikin
        memberi: ngasih
        mengerti: ngerti
        menunggu: nungguin
        mencari: nyariin
        jalan: jln
        saudara: sdr sodara
        kawan: kwn
        sumpah: sumpeh
        kenal: knl
        keluarga: klg
        masyarakat: masy
        informasi: info
        nomor: nmr
        telepon: telp tlp
        whatsapp: wa
        pesan: pm dm
        kirim: krm
        transfer: tf trf
        rekening: rek
        """;

    private static readonly Dictionary<string, string> Map = Parse();

    /// <summary>Lookup by span, so matching a word does not allocate.</summary>
    public static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Map.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> Slang => Map.Keys;

    public static IEnumerable<string> Formal => Map.Values;

    private static Dictionary<string, string> Parse()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Entries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            var formal = line[..colon];
            foreach (var slang in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // The first line that names a slang word wins; a word that is already formal is not rewritten.
                if (slang != formal)
                {
                    map.TryAdd(slang, formal);
                }
            }
        }

        return map;
    }
}
