namespace Moderation.Rules.Targeted;

/// <summary>What readers say of a group or a person, in the canonical view's spelling ("bikin" reads "membuat", "gak" reads
/// "tidak"), by kind, form and the side the target stands on.</summary>
/// <remarks>Written by hand for this project. Each line reads "kind side: phrase | phrase"; verbs are listed by stem and
/// active form ("bunuh/membunuh") and expand to their bare, -in, -lah, di- passive and meN- active forms.</remarks>
internal static class PredicateLexicon
{
    private const string Phrases = """
        dehumanisation either: produk gagal | barang rusak | cacat produksi | salah ciptaan | makhluk gagal | ciptaan gagal | mesin pembuat anak | pabrik anak | sampah | sampah masyarakat | sampah negara | sampah bangsa | binatang | hewan | monyet | kera | babi | anjing | tikus | kecoa | kecoak | kutu busuk | lintah | lintah darat | parasit | benalu | virus | penyakit | penyakit masyarakat | wabah | kuman | hama | najis | kotoran | tai | tahi | taik | setan | iblis | bangkai | cacing | belatung | ulat | serangga | ternak | hewan ternak | kambing | keledai | kutu | lalat | kadal | ular | biawak | beruk | lutung | simpanse | gorila | makhluk rendahan | manusia rendahan | kanker | makhluk kelas dua | manusia kelas dua | setengah monyet | setengah binatang | setengah manusia | kanker | tumor | limbah | beban negara | budak | kelas dua | warga kelas dua | manusia kelas dua | makhluk hina | makhluk najis | bakteri | bibit penyakit | perusak bangsa | racun bangsa | sampah busuk | kotoran manusia | binatang buas | aib | aib bangsa | aib negara | noda | beban | hama masyarakat | pengganggu | perusak | kutukan | bencana | malapetaka | musibah | sial bagi
        attribute after: bagaimana mau maju kalau isinya | bagaimana bisa maju kalau isinya | tidak ada yang lebih buruk daripada | tidak ada yang lebih buruk dari | tidak ada yang lebih menjijikkan daripada | tidak ada yang lebih menjijikkan dari | tidak ada yang lebih hina daripada | tidak ada yang lebih hina dari | tidak ada yang lebih bodoh daripada | tidak ada yang lebih bodoh dari
        attribute before: licik | di belakangnya | ada di belakangnya | di balik semua ini | di balik kerusuhan | biang kerusuhan | otaknya tidak sampai | otaknya tidak nyampe | otaknya nggak nyampe | tidak nyampe otaknya | otak tidak sampai | otaknya pendek | otaknya cetek | cetek | menyedihkan | bahaya | bahaya bagi masyarakat | bahaya bagi bangsa | bahaya bagi negara | mengerikan | buruk | terburuk | yang terburuk | paling buruk | paling jahat | tidak penting | tidak ada harganya | tidak ada nilainya | tidak manusiawi | tidak berperikemanusiaan | tidak ada gunanya sama sekali | culas | curang | menyalahgunakan | disalahgunakan | pasti disalahgunakan | berkhianat | khianat | menipu | berbohong | mencuri | gemar menipu | antek | antek penjajah | antek-antek | agresif | membebani | membawa masalah | bawa masalah | membawa petaka | membawa sial | bikin masalah | hasil nipu | hasil menipu | hasil korupsi | hasil mencuri | hasil curian | cuma merusak | hanya merusak | cuma bisa merusak | merusak moral | pengecut | penakut | pecundang | penipu | tukang tipu | pembohong | pendusta | munafik | pencuri | maling | perampok | rampok | kriminal | penjahat | teroris | radikal | ekstremis | pengkhianat | penghianat | sesat | bodoh | tolol | goblok | goblog | dungu | idiot | pandir | bebal | lamban | lemot | malas | pemalas | jorok | kotor | bau | busuk | dekil | kumuh | kampungan | norak | primitif | terbelakang | udik | biadab | barbar | beringas | kasar | brutal | liar | buas | ganas | keji | kejam | jahat | bejat | cabul | mesum | hina | rendah | rendahan | lebih rendah | derajat rendah | sombong | angkuh | congkak | tidak tahu diri | tidak tahu malu | tidak tahu terima kasih | rakus | serakah | tamak | pelit | kikir | medit | mata duitan | matre | matrealistis | materialistis | murahan | gampangan | pelacur | lonte | sundal | jalang | perek | cengeng | lemah | lebay | baperan | manja | emosian | pemarah | gila | sinting | edan | sakit jiwa | psikopat | pemabuk | tukang mabuk | preman | provokator | perusuh | biang kerok | biang masalah | biang rusuh | pembuat onar | menyusahkan | merepotkan | tidak berguna | tidak ada gunanya | tidak guna | rasis | fanatik | intoleran | kolot | penjajah | perusak | pemerkosa | pembunuh | pedofil | bandit | begal | penyamun | koruptor | tukang korupsi | bau badan | bau kambing | bau amis | bau bawang | berbahaya | ancaman bangsa | ancaman negara | musuh negara | musuh bangsa | musuh agama | musuh islam | musuh kita | antek asing | sok suci | sok pintar | tidak beradab | tidak bermoral | amoral | tidak punya otak | tidak punya malu | tidak punya moral | tidak punya hati | otak udang | otaknya di dengkul | otaknya kosong | otak kosong | iq rendah | iq jongkok | mental budak | mental miskin | mental pengemis | penyakitan | menular | penyakit menular | pembawa penyakit | pembawa sial | pembawa masalah | pembuat masalah | sumber masalah | akar masalah | menyimpang | kelainan | abnormal | penyakit jiwa | pendosa | laknat | terkutuk | dilaknat | dikutuk | ahli neraka | penghuni neraka | calon penghuni neraka | turun dari pohon | baru turun dari pohon | belum berevolusi | tinggal di pohon | tinggal di hutan | hidup di hutan | belum beradab | masih primitif | zaman batu | suka mencuri | suka menipu | suka membuat onar | suka membuat rusuh | suka membuat masalah | suka korupsi | suka berbohong | kelas rendah | kasta rendah | kasta terendah | derajatnya rendah | lebih hina | lebih buruk | lebih bodoh | lebih jorok | lebih kotor | di bawah manusia | menjajah | menguasai ekonomi | kuasai ekonomi | merampas tanah | mencuri pekerjaan | merebut lapangan kerja | mengambil pekerjaan | mengambil semua pekerjaan | merebut pekerjaan | merampas pekerjaan | mengambil lapangan kerja | menyebarkan penyakit | tempatnya di dapur | urus dapur saja | di dapur saja | kasur dapur sumur | tempatnya di kebun binatang | kebun binatang | di kandang | tempatnya di neraka | rumah sakit jiwa | harus diobati | perlu diobati | harus disembuhkan | perlu disembuhkan | harus direhabilitasi | perlu diruqyah | perlu dirukyah | harus diruqyah | harus dirukyah | kena azab | pantas kena azab | mengundang azab | pembawa azab | tidak waras | kurang waras | tidak normal | bodoh semua | tidak tahu sopan santun | tidak punya sopan santun | tukang bikin rusuh | suka memperkosa | suka membunuh | suka merampok | jadi masalah | menjadi masalah | selalu bermasalah | bermasalah | tidak ada artinya | tidak berarti | tidak berharga | tidak bernilai | menjijikan | najis | nyusahin | ngerepotin | membuat susah | membuat rusuh | membuat onar | membuat masalah | ngotorin | mengotori | beranak pinak | biang rusuh | dalang kerusuhan | dalangnya | ketularan | menularkan | ujungnya di dapur | ujung-ujungnya di dapur | tidak usah sekolah tinggi | tidak perlu sekolah tinggi | akar dari | akar segala masalah | sumber segala masalah | penyebab semua masalah | penyebab segala masalah | sumber dari | dalang | biang | mabuk | mabuk-mabukan | suka mabuk | berkelahi | suka berkelahi | tawuran | membuat ribut | ribut terus | tidak tahu agama | tidak punya agama | tidak beragama | gampang dibodohi | mudah dibodohi | gampang diadu domba | mudah diadu domba | gampang dihasut | mudah dihasut | gampang ditipu | komunis | pki | antek pki | antek komunis | antek aseng | kaki tangan asing | penyusup | cuma pantas | hanya pantas | cuma layak | hanya layak | cuma berguna | hanya berguna | tempatnya di | perhitungan | sesat dan menyesatkan | menyesatkan | kasar | sekasar | tidak sesuai kodrat | melawan kodrat | menyalahi kodrat | harus tahu tempatnya | seharusnya tahu tempatnya | mesti tahu tempatnya | harusnya tahu tempatnya | harus tahu posisinya | seharusnya tahu posisinya | harus sadar tempatnya | meresahkan | membuat resah | membuat warga resah | membuat resah warga | minta jantung | menjilat | penjilat | tukang jilat | cari muka | cuma pintar ngomong | cuma pintar bicara | hanya pintar bicara | hanya pintar ngomong | cuma bisa ngomong | hanya bisa bicara | omong doang | kerjanya nol | nol besar | menghabiskan anggaran | menghabiskan anggaran negara | menghabiskan uang negara | menyedot anggaran | memakan anggaran | makan gaji buta | numpang hidup | menumpang hidup | cuma numpang | hanya numpang | cuma menumpang | hanya menumpang | diberi hati minta jantung | dikasih hati minta jantung | cuma rugi | hanya rugi | membuat rugi | bikin rugi | merugikan | buang uang | buang-buang uang | membuang uang | membuang-buang uang | buang-buang waktu | beban | cuma beban | hanya beban | jadi beban | menjadi beban | beban negara | beban masyarakat | beban keluarga | duri dalam daging | musuh dalam selimut | kanker masyarakat | kanker bangsa
        attribute before: berisik | cerewet | bawel | cari untung sendiri | cuma cari untung | mencari untung sendiri | mau untung sendiri | mementingkan diri sendiri | egois | senyum di depan tapi menusuk dari belakang | baik di depan tapi menusuk dari belakang | manis di depan tapi menusuk dari belakang | menusuk dari belakang | suka menusuk dari belakang | bermuka dua | muka dua | musang berbulu domba | serigala berbulu domba | punya agenda tersembunyi | agenda tersembunyi | agenda terselubung | pasti ditipu | pasti dibohongi | pasti dikibuli | pasti kena tipu | otaknya sudah dicuci | otaknya dicuci | dicuci otaknya | korban cuci otak | suka ngutang | suka berutang | ngutang terus kabur | berutang terus kabur | suka ngemplang | membuat anak kecil menangis | membuat anak kecil nangis | membuat anak-anak menangis | ngaca dulu | berkaca dulu | bercermin dulu | menguasai negeri | menguasai negeri ini | menguasai negara | menguasai negara ini | menguasai indonesia | ingin menguasai | mau menguasai | diam-diam menguasai | cari ribut | mencari ribut | cari gara-gara | mencari gara-gara | cari perkara | cari masalah | mencari masalah | belum siap hidup | belum bisa hidup di kota | cuma peduli uang | hanya peduli uang | cuma peduli sama uang | cuma peduli diri sendiri | hanya peduli diri sendiri | cuma peduli kelompoknya | hanya peduli kelompoknya | cuma memikirkan uang | hanya memikirkan uang | cuma mikirin uang | harus tahu diri | mesti tahu diri | harusnya tahu diri | seharusnya tahu diri | kudu tahu diri | sadar diri dong | evolusinya belum selesai | belum selesai berevolusi | evolusinya belum sempurna | evolusinya gagal | gagal berevolusi | gagal evolusi | pasti ada masalah | selalu ada masalah | pasti ada ribut | pasti ada keributan | pasti ada yang hilang | pasti ada maling | pasti rusuh | pasti ribut | mandi setahun sekali | mandi saja setahun sekali | mandi cuma setahun sekali | mandi sebulan sekali | mandi saja sebulan sekali | jarang mandi | tidak pernah mandi | malas mandi | cuma tamu | hanya tamu | cuma pendatang | hanya pendatang | rata-rata jongkok | rata-rata bodoh | rata-rata rendah | iqnya jongkok | iqnya rendah | tetap orang kampung | tetap kampungan | tetap saja kampungan | tetap primitif | tetap udik | kemampuannya kecil | kemampuannya rendah | kemampuannya juga kecil | kemampuannya juga rendah | kemampuannya kurang | kemampuannya terbatas | otaknya kecil | otaknya juga kecil | membuat repot | membuat susah saja | cuma membuat repot | jangan nyusahin | jangan menyusahkan | jangan merepotkan | jangan membuat repot | jangan jadi beban | jangan menjadi beban | cuma fase | hanya fase | nanti juga sembuh | nanti sembuh | bisa disembuhkan | dapat disembuhkan | harus sembuh | kumur-kumur | kayak kumur-kumur | seperti kumur-kumur | mengajak berantem | ngajak berantem | mengajak ribut | ngajak ribut | mengajak berkelahi | otaknya batu | otak batu | berotak batu | kepala batu | pegang tas | langsung pegang tas | pegang dompet | jaga dompet | jaga tas | amankan dompet | amankan tas | sembunyikan dompet | harga tanahnya turun | harga tanahnya pasti turun | harga rumahnya turun | jual ibunya | menjual ibunya | jual ibu sendiri | menjual ibu sendiri | jago di kasur | jago di ranjang | belum pantas pakai | belum layak pakai | belum pantas punya | belum layak punya | belum siap hidup modern | belum pantas hidup
        exclusion before: tidak cocok jadi | tidak cocok menjadi | tidak cocok memimpin | tidak becus memimpin | tidak pantas punya hak | tidak layak punya hak | tidak boleh punya hak | tidak berhak punya hak | tidak pantas disamakan | tidak layak disamakan | tidak bisa disamakan dengan kita | tidak sederajat dengan kita | tidak setara dengan kita | mending di rumah saja | lebih baik di rumah saja | sebaiknya di rumah saja | cukup di rumah saja | cukup di rumah | diam di rumah saja
        profanity either: bangsat | keparat | persetan | persetan dengan | brengsek | bajingan | kampret | asu | jancuk | jancok | dancuk | cuk | kontol | memek | ngentot | entot | sialan | bedebah | kunyuk | pantek | pukimak | puki | jembut | kimak | bangke | anak haram | haram jadah | haramjadah | tai kucing | fuck | shit | bitch | bastard
        emotion either: muak | pengen marah | ingin marah | bawaannya marah | bawaannya emosi | ingin meludah | pengen meludah | eneg | enek | jijik | mual | gething | sengit | geuleuh | ceuceub | ngewa
        emotion after: tidak bisa suka | tidak bisa menyukai | tidak respek | tidak bisa respek | tidak hormat | tidak bisa hormat | hati ini panas | hati ini mendidih | darah ini mendidih | hati saya mendidih | hatiku mendidih | darah saya mendidih | darahku mendidih | terganggu dengan | terganggu oleh | merasa terganggu dengan | terusik dengan | terusik oleh | tidak nyaman dengan | tidak nyaman dekat | rasa benci saya terhadap | rasa benci saya pada | rasa benciku pada | rasa muak saya pada | rasa muak saya terhadap | benci | benciku | kebencianku | kebencian saya | kebencian aku | hati saya panas | hatiku panas | hati panas | panas hati | darah saya mendidih | darahku mendidih | darah mendidih | kesel | kesal | lebih kesel daripada | lebih kesal daripada | lebih benci daripada | lebih muak daripada | lebih jijik daripada | risih | risih sama | tidak menyukai | ilfeel | ilfil | ilfeel sama | penuh kebencian | penuh benci | jijik setengah mati | benci setengah mati | muak setengah mati | malas kalau | malas kalo | paling malas | sumpahin | nyumpahin | kusumpahi | menyumpahi | kusumpahin | tidak mau ada | tidak sudi ada | tidak ingin ada | jangan sampai ada | lebih baik mati daripada | mending mati daripada | lebih milih mati daripada | lebih memilih mati daripada | lebih pilih mati daripada | pilih mati daripada | amit-amit punya | membenci | sangat benci | kubenci | jengah | sebal | sebel | tidak suka | tidak sudi | ogah | amit-amit | alergi | muntah | ingin muntah | geli | anti | dendam | tidak tahan | tidak bisa tahan | tidak tahan dengan | paling tidak suka | paling benci | malas sama | malas dengan | malas lihat | malas melihat | malas ketemu | malas bertemu | tidak percaya sama | tidak percaya dengan | tidak percaya pada | tidak percaya kepada | jangan percaya | jangan pernah percaya | jangan mau percaya | jangan percaya sama | jangan pernah percaya sama | tidak mau punya | tidak sudi punya | tidak mau berteman | tidak mau bertetangga | tidak mau menikah | tidak mau tinggal | tidak mau dekat | tidak mau bergaul | tidak mau kerja | tidak mau dipimpin | tidak sudi dipimpin | jangan mau dipimpin | tidak sudi tinggal | tidak rela | najis sama | najis dengan | ngeri sama | tidak akan pernah mempercayai | tidak pernah percaya | tidak mempercayai | tidak bisa mempercayai | tidak akan mempercayai | tidak menghormati | tidak mau bertetangga dengan | tidak mau tinggal dekat | tidak mau tinggal dengan | tidak mau berteman dengan | tidak mau bekerja dengan | tidak mau menikah dengan | tidak akan mempekerjakan | tidak akan menyewakan | tidak akan menerima | tidak mau menerima | tidak sudi menerima
        emotion before: darah saya naik | darah saya langsung naik | darahku naik | darahku langsung naik | menjijikkan | bikin naik darah | membuat naik darah | bikin gue naik darah | membuat emosi | bikin emosi | memuakkan | menyebalkan | menjengkelkan | dibenci | pantas dibenci | layak dibenci | membuat muak | membuat jijik | membuat mual | membuat eneg | membuat muntah | membuat sebal | membuat geli | memalukan
        violence before: pantas mendapat peluru | layak mendapat peluru | pantas dapat peluru | layak dapat peluru | peluru di kepala | yang baik adalah yang sudah mati | yang baik hanyalah yang sudah mati | yang baik cuma yang sudah mati | yang baik hanya yang sudah mati | yang bagus adalah yang sudah mati | tidak boleh dibiarkan hidup | tidak boleh dibiarin hidup | perlu diberi pelajaran | harus diberi pelajaran | perlu dikasih pelajaran | harus dikasih pelajaran | biar kapok | sampai kapok | layak mati | pantas mati | harus mati | wajib mati | patut mati | mati saja | mampus saja | mampus | modar | semoga mati | semoga mampus | semoga punah | semoga musnah | semoga lenyap | semoga celaka | semoga binasa | semoga terbakar | biar mati | biar mampus | biar punah | darahnya halal | darah mereka halal | halal dibunuh | boleh dibunuh | lebih baik mati | lebih baik punah | lebih baik lenyap | dilempar dari gedung | pantas dilempar | punah saja | musnah saja | lenyap saja | binasa saja | pulang tinggal nama | tinggal nama | tidak pantas hidup | tidak layak hidup | tidak berhak hidup | tidak boleh hidup | jangan dibiarkan hidup | harus lenyap | harus punah | harus musnah | harus binasa | pantas dibakar hidup-hidup | dibakar hidup-hidup | lebih baik mati daripada hidup | tidak bisa bernapas lagi | dibikin kapok | dibuat kapok | dibuat tidak bisa bernapas | diajari dengan pentungan | diajari pakai pentungan | diajari dengan kekerasan | diajari pakai kekerasan | kalau perlu pakai kekerasan | kalau perlu dengan kekerasan | tidak akan selamat | menyesal pernah lahir | menyesal dilahirkan | menyesal sudah lahir | tidak layak diberi napas | tidak pantas diberi napas | tidak berhak diberi napas | tidak layak bernapas | tidak pantas bernapas | tidak berhak bernapas | halal ditumpahkan | boleh ditumpahkan
        violence either: hari pembalasan | pembalasan sudah dekat | tunggu pembalasan | tunggu pembalasan kami | ingat 98 | ingat tahun 98 | ingat 1998 | ingat mei 98 | ingat mei 1998 | 98 terulang | 98 jilid 2 | golok sudah diasah | parang sudah diasah | celurit sudah diasah | golok kami sudah diasah | parang kami sudah diasah | golok kami sudah siap | parang kami sudah siap | pulangnya tinggal nama | lebih baik tidak ada | sebaiknya tidak ada | mending tidak ada | seharusnya tidak ada | halal darahnya | matilah | mampuslah | modarlah | tidak pateni | pateni | mateni | dipateni | tidak obong | obong | diobong | tidak gebuki | gebuki | paehan | dipaehan | tidak bacok | sikat habis | disikat habis
        violence after: hitler lagi untuk | hitler baru untuk | hitler kedua untuk | angkat senjata melawan | mengangkat senjata melawan | angkat parang melawan | mengangkat parang melawan | angkat golok melawan | mengangkat golok melawan | angkat celurit melawan | angkat senjata terhadap | halal darah | siapkan parang | siapkan golok | siapkan celurit | siapkan senjata | siapkan bensin | siapkan bom | asah golok | asah parang | asah celurit | sediakan parang | sediakan golok | dibersihkan dari | disterilkan dari | harus bersih dari | dibebaskan dari | dunia lebih baik tanpa | negeri ini lebih baik tanpa | indonesia lebih baik tanpa | lebih baik tanpa | jangan biarkan hidup | hukuman mati untuk | hukuman mati bagi | bersihkan indonesia dari | bebaskan indonesia dari
        exclusion before: seharusnya tidak bekerja | tidak boleh bekerja | tidak usah bekerja | tidak perlu bekerja | tidak boleh sekolah | tidak usah sekolah | tidak perlu sekolah | seharusnya tidak sekolah | tidak boleh keluar rumah | seharusnya di rumah saja | tidak boleh dibiarkan tinggal | jangan dibiarkan tinggal | tidak boleh dibiarkan bebas | jangan dibiarkan bebas | tidak boleh dibiarkan masuk | jangan dibiarkan masuk | harus pergi | tidak pantas dapat | tidak layak dapat | tidak berhak dapat | tidak pantas mendapat | tidak layak mendapat | tidak berhak mendapat | tidak pantas mendapatkan | tidak layak mendapatkan | tidak berhak mendapatkan | tidak pantas menerima | tidak layak menerima | tidak berhak menerima | tidak usah diberi | tidak perlu diberi | tidak usah dibantu | tidak perlu dibantu | jangan dibantu | harus keluar | harus pulang | pulang saja | pergi saja | keluar saja | balik saja | enyah | enyahlah | minggat | hengkang | angkat kaki | tidak ada tempat | tidak punya tempat | tidak diterima | tidak diinginkan | tidak boleh tinggal | tidak pantas tinggal | tidak layak tinggal | tidak berhak tinggal | jangan tinggal | dilarang tinggal | dilarang masuk | tidak boleh masuk | jangan masuk | bukan bagian dari | bukan orang indonesia | bukan warga negara | bukan saudara | bukan saudara kita | tidak berhak jadi | tidak boleh jadi | tidak pantas jadi | tidak layak jadi | tidak boleh menjadi | tidak pantas menjadi | tidak layak menjadi | tidak berhak menjadi | jangan jadi | jangan dijadikan | jangan diberi hak | tidak berhak | tidak punya hak | jangan dikasih | tidak usah dikasih | harus dipisahkan | tidak boleh memimpin | tidak pantas memimpin | tidak layak memimpin | tidak boleh dipilih | jangan dipilih | haram dipilih | dibiarkan hidup enak | dibiarin hidup enak | dibiarkan hidup | dibiarin hidup | dibiarkan bebas | dibiarin bebas | dibiarkan tinggal | dibiarin tinggal | dikasih panggung | diberi panggung | dikasih tempat | diberi tempat | dikasih hak | diberi hak
        exclusion after: tidak akan kubiarkan | tidak akan saya biarkan | tidak akan kami biarkan | tidak akan kita biarkan | tidak ada ampun bagi | tidak ada ampun untuk | lebih baik bila tidak ada | lebih baik kalau tidak ada | lebih baik jika tidak ada | lebih baik tidak ada lagi | lebih baik bila tidak ada lagi | lebih baik kalau tidak ada lagi | lebih baik jika tidak ada lagi | mengapa kita harus menerima | kenapa kita harus menerima | kenapa harus menerima | mengapa harus menerima | buat apa menerima | untuk apa menerima | apa gunanya | percuma ngasih | percuma memberi | percuma kasih | lebih damai tanpa | lebih aman tanpa | lebih maju tanpa | lebih tenang tanpa | lebih bersih tanpa | tidak usah kasih tempat | tidak perlu kasih tempat | tidak usah beri tempat | tidak usah diberi tempat | bukan tempat | jauhkan dari | jauhkan anak dari | jauhkan anakmu dari | jauhkan anak-anak dari | jauhkan keluarga dari | jauh-jauh dari | jangan kasih jabatan | jangan beri jabatan | jangan berikan jabatan | jangan kasih kekuasaan | jangan beri kekuasaan | jangan kasih kesempatan | bukan tempat bagi | bukan tempat untuk | bukan tempat buat | bersih dari | bebas dari | tidak ada tempat untuk | tidak ada tempat bagi | tidak ada tempat buat | jangan beri tempat | jangan kasih tempat | jangan biarkan | jangan terima | jangan pilih | jangan angkat | jangan pekerjakan | jangan rekrut | jangan merekrut | jangan pernah rekrut | tidak akan mempekerjakan | tidak akan merekrut | jangan sewakan | jangan berteman dengan | jangan menikah dengan | jangan nikahi | indonesia tanpa | negeri tanpa | waspadai | waspada terhadap | waspada dengan | tolak kehadiran | haram memilih | jangan memilih | hindari | hindarilah
        attribute before: nyolong | suka nyolong | tukang nyolong | nipu | suka nipu | tukang nipu | nyopet | tukang copet | ngibul | tukang ngibul | timbangannya kurang | timbangannya pasti kurang | suka mengurangi timbangan | suka main timbangan | otaknya cuma separuh | otaknya separuh | otaknya cuma setengah | otaknya setengah | setengah otak | bangga sama kebodohannya | bangga dengan kebodohannya | bangga akan kebodohannya
        violence either: hukuman mati masih terlalu ringan | hukuman mati terlalu ringan | mati pun masih terlalu ringan | dibunuh pun masih terlalu ringan | digantung pun masih terlalu ringan | dihukum mati pun masih kurang
        exclusion before: tidak perlu dikasihani | tidak usah dikasihani | tidak pantas dikasihani | tidak layak dikasihani | jangan dikasihani | tidak perlu dibela | tidak usah dibela | tidak perlu ditolong | tidak usah ditolong
        exclusion before: lebih baik tidak pernah lahir | sebaiknya tidak pernah lahir | seharusnya tidak pernah lahir | mending tidak pernah lahir | tidak usah lahir | tidak pantas lahir | tidak layak lahir
        exclusion after: butuh lebih sedikit | perlu lebih sedikit | kurangi jumlah | kurangi populasi | jangan kasih ampun buat | jangan kasih ampun untuk | jangan kasih ampun | jangan beri ampun | jangan memberi ampun
        label after: dasar | kan cuma | kan hanya | toh cuma | cuma seorang | hanya seorang | maklum | namanya juga | dasar memang | memang dasar | tipikal | pantesan
        positive before: bisa dipercaya | diajak kerja sama | diajak bekerja sama | bekerja sama | kerja sama | menepati janji | tepat janji | memegang janji | bersyukur | tahu cara bersyukur | menerima perbedaan | mengenal sopan santun | tegas | mengerti | paham | cinta indonesia | cinta negara | cinta negeri ini | mencintai indonesia | mencintai negeri ini | antre | antri | mengantre | menjaga kebersihan | jaga kebersihan | menyetir | nyetir | mengemudi | berkendara | apa-apa | mau rugi | mengalah | mau mengalah | berbagi | mau berbagi | bertanggung jawab | tanggung jawab | rapi | teratur | sabar | santun | rendah hati | dewasa | bijak | logis | berpikir logis | kreatif | produktif | bekerja keras | kerja keras | pekerja keras | berkontribusi | membayar utang | bayar utang | melunasi utang | menolong | bersosialisasi | membaur | berbaur | beradaptasi | menyesuaikan diri | loyal | patriot | orang tua yang baik | mendidik anak | bersikap sopan | benar-benar cinta indonesia | tulus cinta indonesia | ngerti politik | mengerti politik | paham politik | berpolitik | bisa dipimpin | bisa diajak maju | diajak maju | maju | bisa maju | mandiri | bisa mandiri | rasional | berpikir rasional | berpikir jernih | hidup tertib | hidup bersih | hidup teratur | hidup rukun | hidup damai | hidup normal | tahu cara menghormati | tahu sopan santun | tahu aturan | tahu adat | tahu cara bersikap | menghargai orang lain | menghormati orang lain | berkembang | bisa berkembang | sukses | bisa sukses | berprestasi | mikir | bisa mikir | berpikir logis | pakai logika | rasa nasionalisme | nasionalisme | jiwa nasionalis | dapat dipercaya | dipercaya | jujur | pintar | cerdas | pandai | beradab | berbudaya | bersih | baik | becus | berguna | bermanfaat | setia | tahu terima kasih | tahu diri | tahu malu | manusia | sopan | beretika | bermoral | tulus | ikhlas | rajin | sanggup | mampu | kompeten | bisa diandalkan | dapat diandalkan | diandalkan | bisa bekerja | bisa memimpin | memimpin | pemimpin | sederajat | setara | punya otak | punya akal | punya moral | punya hati | punya etika | punya malu | berotak | cinta tanah air | nasionalis | peduli | waras | normal | saudara kita | bagian dari kita | bagian dari bangsa | bagian dari indonesia | orang indonesia | warga negara | warga indonesia | baik-baik | pantas dihormati | layak dihormati | dihormati | dihargai | pantas dihargai | diterima | bisa diterima | lurus | amanah | adil | toleran | ramah | sopan santun | berpendidikan | terpelajar | bisa dipegang | bisa berpikir | berpikir | setara dengan kita | sama dengan kita | menghargai | bisa menghargai | menghormati | taat | patuh | bisa diatur | tertib | disiplin | pantas jadi | layak jadi | pantas menjadi | layak menjadi | pantas memimpin | layak memimpin | pantas tinggal | layak tinggal | pantas hidup | layak hidup | berhak hidup | berhak tinggal | layak dipercaya | pantas dipercaya | layak kerja | layak bekerja | pantas bekerja | boleh bekerja | boleh kerja | boleh sekolah | layak sekolah | pantas sekolah | berharga | bernilai | bagus | bagusnya | bagus-bagusnya | baiknya | baik-baiknya | hebat | hebatnya | gunanya | becusnya | diizinkan | diperbolehkan | memiliki otak | memiliki akal | memiliki moral | memiliki hati | memiliki etika | memiliki malu | memiliki hak | benar | beres | punya masa depan | masa depan | berakhlak | punya akhlak | tahu adab | terima kasih | diatur | dididik | diajari | bijaksana | berakal | berakal sehat | akal sehat | berwawasan | terampil | cakap | profesional | berbakat | berintegritas | terhormat | mulia | berbudi | berbudi luhur | dermawan | murah hati | baik hati | penyayang | lembut | ramah tamah | tenang | cinta damai | rukun | akur | sportif | berani | tangguh | higienis | wangi | harum | berkelas | modern | terdidik | cekatan | gesit | ulet | gigih | tekun | hemat | netral | objektif | masuk akal | manusiawi | berperikemanusiaan | berempati | punya empati | punya rasa malu | punya rasa hormat | punya rasa kemanusiaan | punya rasa empati | punya rasa nasionalisme | punya rasa peduli | tahu rasa malu | punya harga diri | punya martabat | bermartabat | punya kehormatan | terpercaya | kredibel | patut dicontoh | pantas dicontoh | layak dicontoh | bisa dicontoh | teladan | panutan | bisa diteladani | layak disegani | disegani | setia kawan | kompak | bisa bersatu | bisa akur | bisa rukun | bisa bergaul | pandai bergaul | hidup berdampingan | bisa hidup berdampingan | bisa hidup damai | sungguh-sungguh | berkomitmen | konsisten | matang | berwibawa | layak dipilih | pantas dipilih | bisa membangun | berjasa | unggul | luar biasa | mampu bersaing | bisa bersaing | berdaya saing | sejajar | selevel | sama derajatnya | layak dicintai | pantas dicintai | berhak dicintai | berhak bahagia | berhak dihormati | berhak dilindungi | layak dilindungi | pantas dilindungi | berhak berpendapat | pantas didengar | layak didengar | beriman | bertakwa | saleh | taat beragama | bisa diajak bicara | bisa diajak diskusi | diajak bicara | diajak diskusi | bisa dinasihati | mau belajar | bisa belajar | mau mendengar | mau maju | mau berubah | bisa berubah | tahu balas budi | tahu berterima kasih | berterima kasih | bisa bersyukur | tahu etika | punya adab | ada otaknya | ada otak | ada akalnya | ada akhlaknya | ada adabnya | ada moralnya | ada malunya | ada hatinya | kenal malu | kenal kata malu | kenal sopan santun | kenal aturan | kenal agama | kenal adab | kenal etika | kenal terima kasih | kenal kata maaf | kenal kata terima kasih | tahu caranya | tahu cara | menghirup udara | menghirup oksigen | bernapas | bernafas | menginjak bumi | menginjak tanah ini
        """;

    // Stem/active form of the verbs; each expands to bare, -in, -lah, di- and meN- forms.
    private const string ViolenceVerbs =
        "bunuh/membunuh bantai/membantai habisi/menghabisi basmi/membasmi musnahkan/memusnahkan tumpas/menumpas bakar/membakar " +
        "bom/mengebom ledakkan/meledakkan tembak/menembak gantung/menggantung penggal/memenggal sembelih/menyembelih bacok/membacok " +
        "tusuk/menusuk gorok/menggorok cincang/mencincang rajam/merajam siksa/menyiksa hajar/menghajar gebuk/menggebuk pukul/memukul " +
        "keroyok/mengeroyok aniaya/menganiaya perkosa/memperkosa serang/menyerang hancurkan/menghancurkan lenyapkan/melenyapkan " +
        "binasakan/membinasakan punahkan/memunahkan ganyang/mengganyang libas/melibas bersihkan/membersihkan kebiri/mengebiri " +
        "sterilkan/mensterilkan berantas/memberantas sikat/menyikat tenggelamkan/menenggelamkan lempar/melempar cambuk/mencambuk eksekusi/mengeksekusi serbu/menyerbu buru/memburu gempur/menggempur perangi/memerangi pukuli/memukuli labrak/melabrak geruduk/menggeruduk persekusi/mempersekusi lindas/melindas robohkan/merobohkan ratakan/meratakan pancung/memancung ";

    private const string ExclusionVerbs =
        "usir/mengusir pulangkan/memulangkan tendang/menendang enyahkan/mengenyahkan singkirkan/menyingkirkan buang/membuang " +
        "deportasi/mendeportasi bubarkan/membubarkan larang/melarang kucilkan/mengucilkan asingkan/mengasingkan penjarakan/memenjarakan " +
        "kurung/mengurung pisahkan/memisahkan jauhkan/menjauhkan kembalikan/mengembalikan isolasi/mengisolasi karantina/mengarantina boikot/memboikot jauhi/menjauhi pecat/memecat tolak/menolak penjara/memenjara seret/menyeret ";

    // Colloquial forms that do not follow the pattern.
    private const string ColloquialActive =
        "violence: sweeping nyweeping ngesweeping ngebom nembak ngebakar mukul nusuk nyiksa ngeroyok ngehajar ngabisin ngehabisin ngebantai ngebunuh ngegebuk\n" +
        "exclusion: ngusir ngebuang nendang";

    // Where a drive-out verb names a destination, the destination makes the call: "pulang ke negaranya", "keluar dari Indonesia".
    private static readonly string[] Leave = ["pulang", "balik", "kembali", "pergi", "keluar", "minggat", "enyah", "hengkang", "angkat kaki", "pindah"];
    private static readonly string[] Away = ["ke negaranya", "ke negara asal", "ke negara asalnya", "ke negeri asal", "ke negerinya", "ke asalnya", "ke habitatnya", "ke habitat", "ke hutan", "ke pohon", "ke gurun", "ke kandang", "ke kandangnya", "ke neraka", "ke cina", "ke china", "ke tiongkok", "ke arab", "ke india", "ke israel", "ke afrika", "ke papua", "ke sana", "ke kampungnya", "ke negara lain", "ke luar negeri", "ke tempat lain", "ke pulau lain", "dari indonesia", "dari negeri ini", "dari negara ini", "dari sini", "dari bumi", "dari tanah air", "dari nusantara", "dari kampung ini", "dari kota ini", "dari desa ini", "dari daerah ini", "dari bumi pertiwi", "dari republik ini"];

    // A station the speaker assigns a group: "orang X pantasnya jadi babu", "perempuan dilahirkan untuk jadi pembantu".
    private static readonly string[] Station = ["pantasnya", "cocoknya", "pantas", "cocok", "lebih cocok", "lebih pantas", "cuma pantas", "hanya pantas", "cuma bisa", "hanya bisa", "ditakdirkan", "dilahirkan untuk", "diciptakan untuk", "lahir untuk", "terlahir untuk", "dilahirkan", "takdirnya", "kodratnya", "tempatnya", "selamanya"];
    private static readonly string[] Menial = ["babu", "budak", "pembantu", "jongos", "kacung", "kuli", "pelayan", "pengemis", "preman", "pemulung", "gundik", "selir", "tukang sapu", "tukang cuci", "sapi perah", "warga kelas dua", "bawahan", "pesuruh"];

    // What a group is said to be good for, or born to: "orang X cuma bisa bikin anak", "orang X diciptakan untuk berperang".
    private static readonly string[] Only = ["cuma bisa", "hanya bisa", "bisanya cuma", "bisanya hanya", "cuma untuk", "hanya untuk", "kerjanya cuma", "kerjanya hanya", "taunya cuma", "tahunya cuma", "otaknya cuma untuk", "otaknya hanya untuk", "cuma buat", "hanya buat", "otaknya cuma buat", "otaknya hanya buat", "otaknya cuma", "otaknya hanya", "gunanya cuma", "gunanya hanya"];
    private static readonly string[] Idle = ["membuat anak", "beranak", "ngemis", "mengemis", "minta-minta", "meminta-minta", "perang", "berperang", "numpang", "menumpang", "merengek", "mengeluh", "menghabiskan uang", "nyinyir", "membuat ribut", "ribut", "bergosip", "gosip", "berdandan", "dandan", "masak", "memasak", "di dapur", "di kasur", "hamil", "urusan ranjang"];
    private static readonly string[] Born = ["diciptakan untuk", "dilahirkan untuk", "lahir untuk", "terlahir untuk", "ditakdirkan untuk", "takdirnya", "kodratnya", "dari lahir sudah", "sejak lahir sudah"];
    private static readonly string[] Fated = ["berperang", "perang", "mencuri", "menipu", "membuat onar", "membuat rusuh", "membuat masalah", "menyusahkan", "melayani", "melayani laki-laki", "melayani suami", "melayani pria", "dijajah", "diperbudak", "diperintah", "dikuasai", "dipimpin", "menjadi budak", "jadi budak", "di dapur", "di kasur", "di bawah", "licik", "bodoh", "jahat"];

    // Menial work assigned to a group, the group named after it: "pekerjaan kasar memang cocoknya untuk orang X".
    private static readonly string[] Chores = ["pekerjaan kasar", "kerja kasar", "kerjaan kasar", "pekerjaan kotor", "kerja kotor", "kerjaan kotor", "pekerjaan rendahan", "kerja rendahan", "jadi babu", "jadi pembantu", "jadi budak", "jadi kuli", "jadi pelayan", "menjadi babu", "menjadi pembantu", "menjadi budak", "menjadi kuli", "urusan dapur", "urusan kasur", "cuci piring", "mencuci piring", "ngepel", "mengepel", "nyapu", "menyapu", "mencuci", "nyuci", "masak", "memasak", "beres-beres", "urusan rumah", "pekerjaan rumah", "pekerjaan rumah tangga", "mengurus rumah", "mengurus anak", "ngurus anak", "urusan anak"];
    private static readonly string[] MeantFor = ["cocoknya untuk", "cocok untuk", "pantasnya untuk", "pantas untuk", "hanya pantas untuk", "cuma pantas untuk", "cuma cocok untuk", "hanya cocok untuk", "memang cocoknya untuk", "memang cocok untuk", "memang untuk", "memang pantas untuk", "cuma untuk", "hanya untuk", "itu untuk", "itu cocoknya untuk", "itu memang untuk", "itu tugas", "adalah tugas", "tugasnya", "memang tugas", "itu memang tugas", "cocoknya buat", "cocok buat", "pantasnya buat", "memang cocoknya buat", "cuma buat", "hanya buat"];

    // Only a fool keeps company with a group: "cuma orang gila yang percaya sama orang X".
    private static readonly string[] OnlyFools = ["cuma orang gila yang", "hanya orang gila yang", "cuma orang bodoh yang", "hanya orang bodoh yang", "cuma orang tolol yang", "hanya orang tolol yang", "cuma orang goblok yang", "hanya orang goblok yang", "orang bodoh saja yang", "orang gila saja yang", "cuma orang bego yang", "hanya orang bego yang"];
    private static readonly string[] Trusting = ["percaya sama", "percaya pada", "percaya kepada", "percaya dengan", "mempercayai", "mau menikah dengan", "mau menikah sama", "menikah dengan", "menikah sama", "mau berteman dengan", "berteman dengan", "mau bekerja sama dengan", "bekerja sama dengan", "memilih", "mau dipimpin", "mau bertetangga dengan", "bertetangga dengan", "mau tinggal dengan", "mau berbisnis dengan", "mau pacaran sama", "pacaran sama", "pacaran dengan", "menyukai", "suka sama", "suka dengan", "membela", "mendukung", "mau", "mau sama", "mau dengan"];

    // A dealing with a group likened to ruin: "masuk kampung orang X sama saja cari mati".
    private static readonly string[] Likened = ["sama saja", "sama dengan", "sama saja dengan", "sama aja", "sama juga dengan", "itu sama saja"];
    private static readonly string[] Peril = ["cari mati", "mencari mati", "bunuh diri", "cari masalah", "mencari masalah", "cari penyakit", "mencari penyakit", "cari celaka", "mencari celaka", "menjual agama", "menggadaikan agama", "murtad", "cari rugi", "menggali kubur sendiri", "menggali kuburan sendiri"];

    // What a group is said to end up doing, whatever it is given: "perempuan kalau jadi pemimpin ujung-ujungnya korupsi".
    private static readonly string[] Surely = ["pasti", "ujung-ujungnya", "ujungnya", "selalu", "pastinya", "akhirnya pasti"];
    private static readonly string[] Misdeeds = ["korupsi", "mencuri", "menipu", "membuat masalah", "membuat rusuh", "membuat onar", "berbohong", "berkhianat", "kabur", "gagal", "bangkrut", "hancur", "berantakan", "ribut", "rusuh", "kacau"];

    // A group made one with what is wrong: "orang X sama dengan masalah", "kaum X identik dengan kekerasan".
    private static readonly string[] Identical = ["sama dengan", "identik dengan", "sinonim dengan", "sama saja dengan", "sinonim", "identik"];
    private static readonly string[] Wrongs = ["masalah", "kekerasan", "kriminal", "kejahatan", "kerusuhan", "kekacauan", "penipuan", "sampah", "bencana", "musibah", "kebodohan", "kemalasan", "teroris", "terorisme", "kemaksiatan", "maksiat", "dosa", "penyakit", "kejorokan", "kemunafikan", "pengkhianatan"];

    // Gratitude demanded for being tolerated: "orang X harus bersyukur masih dibiarkan tinggal di sini".
    private static readonly string[] Must = ["harus", "seharusnya", "harusnya", "mestinya", "mesti", "wajib", "sepatutnya", "sebaiknya", "perlu", "kudu"];
    private static readonly string[] Grateful = ["bersyukur", "berterima kasih", "beruntung", "untung"];
    private static readonly string[] Still = ["sudah", "masih", "telah", "bisa", "boleh", "masih boleh", "masih bisa", "sudah boleh", "sudah bisa"];
    private static readonly string[] Tolerated = ["dibiarkan", "diizinkan", "diterima", "dibolehkan", "dikasih", "diberi", "kita biarkan", "kami biarkan", "saya biarkan", "kita izinkan", "kami izinkan", "kita terima", "kami terima", "hidup", "tinggal", "numpang", "menumpang", "bernapas", "diberi makan", "dikasih makan", "dagang", "berdagang", "bekerja", "kerja", "sekolah", "beribadah", "ibadah", "cari makan", "mencari makan", "mencari nafkah", "boleh dagang", "boleh berdagang", "boleh tinggal", "boleh hidup", "boleh bekerja", "boleh sekolah", "boleh beribadah", "bisa hidup", "bisa tinggal", "bisa bekerja", "bisa sekolah", "bisa beribadah"];

    // Anything rather than close company with a group: "mending jomblo seumur hidup daripada pacaran sama orang X".
    private static readonly string[] Rather = ["daripada", "drpd", "ketimbang"];
    private static readonly string[] Company = ["pacaran", "berpacaran", "menikah", "nikah", "kawin", "bertetangga", "tetanggaan", "berteman", "temenan", "sekantor", "satu kantor", "bekerja", "kerja", "tinggal", "hidup", "duduk", "punya menantu", "punya tetangga", "punya bos", "punya pemimpin", "punya atasan", "dipimpin", "punya teman", "punya suami", "punya istri", "punya pacar", "jadi menantu", "berbisnis", "berurusan", "bergaul", "satu kelas", "sekelas", "satu kos", "serumah", "satu rumah", "sekampung", "satu kampung", "sekompleks", "satu kompleks", "satu gedung", "satu lingkungan", "hidup bersama", "tinggal bersama", "duduk bersama", "makan bersama", "satu meja", "semeja"];

    // What a group does to the speaker's feelings: "orang X bikin gue muak", "orang X membuat darahku mendidih".
    private static readonly string[] Causing = ["membuat", "membuatku", "membuat saya", "membuat aku", "membuat kami", "membuat kita", "membuat orang"];
    private static readonly string[] Feelings = ["muak", "jijik", "mual", "emosi", "marah", "kesal", "kesel", "sebal", "sebel", "eneg", "enek", "naik darah", "darah tinggi", "mendidih", "darah saya mendidih", "darahku mendidih", "geram", "benci", "murka", "muntah", "ingin muntah", "jengkel", "sakit hati", "sakit mata", "ilfeel", "panas", "gerah", "risih", "mau muntah", "pengen muntah", "gedeg", "ilfil", "bete", "jijay", "eneg banget", "mual banget", "muak banget"];

    // A feeling the speaker names as theirs before its object: "malas banget gue ketemu sama orang X", "sebel aku sama orang X".
    private static readonly string[] Moods = ["malas", "sebal", "sebel", "kesal", "kesel", "muak", "jijik", "benci", "ilfil", "ilfeel", "risih", "eneg", "enek", "jengkel", "gedeg", "bete", "ogah", "geli", "mual"];
    private static readonly string[] Mine = ["saya", "banget saya", "sekali saya", "amat saya", "banget sih saya", "sih saya", "tuh saya"];

    // Advice or a rule to keep away from a group: "jangan titip uang ke orang X", "anak gue tidak boleh sekolah bareng anak X".
    private static readonly string[] Dealings = ["titip", "titip uang", "titipkan", "titipkan uang", "percayakan", "percayakan uang", "jual", "jual rumah", "jual tanah", "sewakan", "kontrakkan", "pinjamkan", "pinjamkan uang", "pinjami", "nikah", "menikah", "kawin", "dekat", "dekat-dekat", "bergaul", "berteman", "berbisnis", "bisnis", "berurusan", "kerja sama", "bekerja sama", "berdagang", "beli", "belanja", "pacaran", "berpacaran", "sekolah", "main", "bermain", "duduk", "makan", "tinggal", "bertetangga"];
    private static readonly string[] Towards = ["ke", "sama", "dengan", "kepada", "pada", "dari", "bareng", "bersama"];
    private static readonly string[] KeepAway = ["jangan", "jangan pernah", "jangan mau", "tidak boleh", "dilarang"];

    // Trust or welcome asked of the listener as impossible: "bagaimana mungkin kita mempercayai orang X?".
    private static readonly string[] Impossible = ["bagaimana mungkin kita", "bagaimana mungkin saya", "bagaimana bisa kita", "mana mungkin kita", "mana bisa kita", "mana mungkin saya", "mana bisa saya"];
    private static readonly string[] Welcome = ["mempercayai", "percaya sama", "percaya pada", "percaya kepada", "menerima", "hidup berdampingan dengan", "bertetangga dengan", "berteman dengan"];

    // Initialised before the table, which reads them.
    private static readonly string[] Denials = ["tidak ", "jangan "];
    private static readonly string[] Tenses = ["akan ", "pernah ", "akan pernah ", "bakal "];

    public static PhraseTable<Predicate> Table { get; } = new(Entries());

    private static IEnumerable<(string, Predicate)> Entries()
    {
        foreach (var line in Phrases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':');
            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var predicate = new Predicate(Enum.Parse<PredicateKind>(head[0], ignoreCase: true), PredicateForm.Phrase, Enum.Parse<TargetSide>(head[1], ignoreCase: true));
            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (phrase, predicate);
                foreach (var tensed in Tensed(phrase))
                {
                    yield return (tensed, predicate);
                }
            }
        }

        // "membersihkan kota ini dari orang X": a place cleansed of a group; and "orang X dibersihkan dari kota ini": a group
        // cleansed from a place (the longer phrase wins over "dibersihkan dari", which looks for the group after it).
        string[] places = ["kota", "kampung", "desa", "negeri", "negara", "daerah", "wilayah", "sekolah", "kantor", "lingkungan", "kompleks", "pulau", "tanah", "bumi", "dunia", "indonesia", "nusantara"];
        foreach (var cleanse in (string[])["bersihkan", "membersihkan", "bebaskan", "membebaskan", "sterilkan", "mensterilkan", "dibersihkan", "disterilkan"])
        {
            foreach (var place in places)
            {
                yield return ($"{cleanse} {place} dari", new Predicate(PredicateKind.Violence, PredicateForm.Phrase, TargetSide.After));
                yield return ($"{cleanse} {place} ini dari", new Predicate(PredicateKind.Violence, PredicateForm.Phrase, TargetSide.After));
                yield return ($"{cleanse} {place} kita dari", new Predicate(PredicateKind.Violence, PredicateForm.Phrase, TargetSide.After));
            }
        }

        foreach (var cleansed in (string[])["dibersihkan", "disterilkan"])
        {
            foreach (var place in places.Append("sini"))
            {
                yield return ($"{cleansed} dari {place}", new Predicate(PredicateKind.Violence, PredicateForm.Phrase, TargetSide.Before));
            }
        }

        var combined = Combinations(new Predicate(PredicateKind.Emotion, PredicateForm.Phrase, TargetSide.Before), Causing, Feelings)
            .Concat(Combinations(new Predicate(PredicateKind.Exclusion, PredicateForm.Phrase, TargetSide.After), KeepAway, Dealings, Towards))
            .Concat(Combinations(new Predicate(PredicateKind.Emotion, PredicateForm.Phrase, TargetSide.After), Impossible, Welcome))
            .Concat(Combinations(new Predicate(PredicateKind.Emotion, PredicateForm.Phrase, TargetSide.After), Moods, Mine))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Station, ["jadi", "menjadi"], Menial))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Only, Idle))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Born, Fated))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.After), Chores, MeantFor))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Must, Grateful, Still, Tolerated))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Must, Grateful, Tolerated))
            .Concat(Combinations(new Predicate(PredicateKind.Emotion, PredicateForm.Phrase, TargetSide.After), Rather, Company))
            .Concat(Combinations(new Predicate(PredicateKind.Emotion, PredicateForm.Phrase, TargetSide.After), OnlyFools, Trusting))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Likened, Peril))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Surely, Misdeeds))
            .Concat(Combinations(new Predicate(PredicateKind.Attribute, PredicateForm.Phrase, TargetSide.Before), Identical, Wrongs));
        foreach (var entry in combined)
        {
            yield return entry;
        }

        foreach (var leave in Leave)
        {
            foreach (var away in Away)
            {
                yield return ($"{leave} {away}", new Predicate(PredicateKind.Exclusion, PredicateForm.Phrase, TargetSide.Before));
                yield return ($"{leave} saja {away}", new Predicate(PredicateKind.Exclusion, PredicateForm.Phrase, TargetSide.Before));
            }
        }

        foreach (var entry in Verbs(ViolenceVerbs, PredicateKind.Violence).Concat(Verbs(ExclusionVerbs, PredicateKind.Exclusion)))
        {
            yield return entry;
        }

        // A sentence of death, a call only with a modal or "saja" as every passive: "lebih baik kaum X dihukum mati saja".
        foreach (var sentenced in (string[])["disuntik mati", "dibiarkan mati", "dibiarkan tenggelam", "dibiarkan membusuk", "dibiarkan kelaparan", "dibiarkan mati kelaparan", "dibiarin mati", "dibiarin tenggelam", "dihukum mati", "ditembak mati", "dieksekusi mati", "dihukum gantung", "dihukum pancung", "dihukum cambuk", "dicambuk", "disteril", "dimandulkan", "dilindas", "dilindas tank"])
        {
            yield return (sentenced, new Predicate(PredicateKind.Violence, PredicateForm.Passive, TargetSide.Before));
        }

        // An island or a camp for the group, a call only as every passive: "kaum X sebaiknya dikumpulkan di satu pulau".
        foreach (var confined in (string[])["dikumpulkan di satu pulau", "dikumpulkan di pulau", "ditaruh di pulau", "dibuang ke pulau", "ditempatkan di pulau", "dikirim ke pulau", "diasingkan ke pulau", "dikumpulkan di kamp", "dimasukkan ke kamp", "dikurung di kamp", "dikirim ke kamp", "dibuang ke kamp", "dimasukkan ke kamp konsentrasi", "dihilangkan dari", "dilenyapkan dari", "dihapus dari"])
        {
            yield return (confined, new Predicate(PredicateKind.Exclusion, PredicateForm.Passive, TargetSide.Before));
        }

        // Acts named as nouns, calls only when sanctioned or supported: "saya mendukung pembantaian orang X".
        foreach (var deed in (string[])["genosida", "pembantaian", "pembersihan", "pemusnahan", "pembasmian", "pembunuhan massal", "penumpasan", "pembunuhan"])
        {
            yield return (deed, new Predicate(PredicateKind.Violence, PredicateForm.Deed, TargetSide.After));
        }

        foreach (var deed in (string[])["pengusiran", "deportasi", "pemulangan paksa"])
        {
            yield return (deed, new Predicate(PredicateKind.Exclusion, PredicateForm.Deed, TargetSide.After));
        }

        // "Tembak mati saja orang X": a verb of killing with its outcome, a command as its stem.
        foreach (var killed in (string[])["tembak mati", "bunuh mati", "gantung mati", "pukul mati", "hajar mati", "gebuk mati"])
        {
            yield return (killed, new Predicate(PredicateKind.Violence, PredicateForm.Bare, TargetSide.Either));
        }

        // "Mati untuk semua orang X!": a slogan, a call where a command stands.
        yield return ("mati untuk", new Predicate(PredicateKind.Violence, PredicateForm.Bare, TargetSide.After));
        yield return ("mati bagi", new Predicate(PredicateKind.Violence, PredicateForm.Bare, TargetSide.After));

        // Blood shed, called for in the verb's forms: "kami tidak akan ragu menumpahkan darah orang X".
        yield return ("menumpahkan darah", new Predicate(PredicateKind.Violence, PredicateForm.Active, TargetSide.After));
        yield return ("tumpahkan darah", new Predicate(PredicateKind.Violence, PredicateForm.Bare, TargetSide.After));
        yield return ("halalkan darah", new Predicate(PredicateKind.Violence, PredicateForm.Bare, TargetSide.After));
        yield return ("halalkan saja darah", new Predicate(PredicateKind.Violence, PredicateForm.Bare, TargetSide.After));
        yield return ("menghalalkan darah", new Predicate(PredicateKind.Violence, PredicateForm.Active, TargetSide.After));
        yield return ("menghabisi nyawa", new Predicate(PredicateKind.Violence, PredicateForm.Active, TargetSide.After));

        var wish = new Predicate(PredicateKind.Violence, PredicateForm.Wish, TargetSide.Before);
        foreach (var fate in "mati|mampus|punah|musnah|lenyap|binasa|celaka|hancur|masuk neraka|kena azab|kena musibah|sengsara|tewas|menderita|kelaparan|sekarat".Split('|'))
        {
            yield return (fate, wish);
        }

        foreach (var line in ColloquialActive.Split('\n'))
        {
            var colon = line.IndexOf(':');
            var kind = Enum.Parse<PredicateKind>(line[..colon], ignoreCase: true);
            foreach (var form in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (form, new Predicate(kind, PredicateForm.Active, TargetSide.After));
            }
        }
    }

    // Every phrase made of one word or phrase from each part, in order: ("membuat", "membuatku") x ("muak", "jijik").
    private static IEnumerable<(string, Predicate)> Combinations(Predicate predicate, params string[][] parts)
    {
        IEnumerable<string> phrases = [""];
        foreach (var part in parts)
        {
            phrases = phrases.SelectMany(start => part.Select(word => start.Length == 0 ? word : $"{start} {word}")).ToArray();
        }

        return phrases.Select(phrase => (phrase, predicate));
    }

    // "tidak mau berteman dengan" is also said "tidak akan pernah mau berteman dengan"; a phrase listed with its own tense
    // keeps its own entry, since the first entry of a phrase wins.
    private static IEnumerable<string> Tensed(string phrase)
    {
        foreach (var denial in Denials)
        {
            if (phrase.StartsWith(denial, StringComparison.Ordinal) && phrase.Length > denial.Length)
            {
                var rest = phrase[denial.Length..];
                if (rest.StartsWith("akan ", StringComparison.Ordinal) && !rest.StartsWith("akan pernah ", StringComparison.Ordinal))
                {
                    // "tidak akan menyewakan" is also said "tidak akan pernah menyewakan", "tidak bakal menyewakan".
                    yield return denial + "akan pernah " + rest[5..];
                    yield return denial + "bakal " + rest[5..];
                    yield break;
                }

                if (rest.StartsWith("akan ", StringComparison.Ordinal) || rest.StartsWith("pernah ", StringComparison.Ordinal))
                {
                    yield break;
                }

                foreach (var tense in Tenses)
                {
                    yield return denial + tense + rest;
                }
            }
        }
    }

    private static IEnumerable<(string, Predicate)> Verbs(string verbs, PredicateKind kind)
    {
        var bare = new Predicate(kind, PredicateForm.Bare, TargetSide.Either);
        var passive = new Predicate(kind, PredicateForm.Passive, TargetSide.Before);
        var active = new Predicate(kind, PredicateForm.Active, TargetSide.After);
        foreach (var pair in verbs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = pair.IndexOf('/');
            var stem = pair[..slash];
            yield return (stem, bare);
            yield return (Colloquial(stem), bare);
            yield return (stem + "lah", bare);
            yield return ("di" + stem, passive);
            yield return ("ku" + stem, new Predicate(kind, PredicateForm.Phrase, TargetSide.Either));
            yield return (pair[(slash + 1)..], active);
        }
    }

    // "musnahkan" -> "musnahin", "habisi" -> "habisin", "bunuh" -> "bunuhin".
    private static string Colloquial(string stem) =>
        stem.EndsWith("kan", StringComparison.Ordinal) ? stem[..^3] + "in"
        : stem.EndsWith('i') ? stem[..^1] + "in"
        : stem + "in";
}
