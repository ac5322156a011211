using Moderation.Rules;
using Moderation.Rules.Targeted;

namespace Moderation.Core.Tests.Rules;

public class TargetedSpeechRuleTests
{
    private readonly TargetedSpeechRule _rule = new();

    [Theory]
    [InlineData("Orang Madura itu sampah semua", "Orang Madura", "sampah")]
    [InlineData("kaum yahudi itu tikus, nggak ada bedanya", "kaum yahudi", "tikus")]
    [InlineData("Cina-cina itu memang penjajah di negeri ini", "Cina-cina", "penjajah")]
    [InlineData("Semua orang Yahudi itu licik dan harus diusir dari Indonesia", "Semua orang Yahudi", "licik")]
    [InlineData("0rang b4tak emang t0l0l", "0rang b4tak", "t0l0l")]
    [InlineData("gw benci bgt sm org Ambon", "org Ambon", "benci")]
    [InlineData("jijik banget sama kaum Syiah", "kaum Syiah", "jijik")]
    [InlineData("Perempuan itu menjijikkan kalau sudah pegang kuasa", "Perempuan", "menjijikkan")]
    [InlineData("orang Bugis bangsat semua", "orang Bugis", "bangsat")]
    [InlineData("umat Kristen itu lebih rendah dari binatang", "umat Kristen", "binatang")]
    public void Holds_derogation_of_a_group_with_the_target_and_the_predicate_as_evidence(string comment, string target, string predicate)
    {
        var hits = RuleProbe.Hits(_rule, comment).Where(h => h.Signal == RuleSignals.GroupHate).ToList();

        hits.Should().NotBeEmpty();
        hits.Select(h => h.Text).Should().Contain(target).And.Contain(predicate);
        hits.Should().OnlyContain(h => h.Confidence >= 0.7);
    }

    [Theory]
    [InlineData("orang Papua tidak pernah bisa dipercaya", "tidak pernah bisa dipercaya")]
    [InlineData("tidak ada orang Minang yang jujur", "jujur")]
    [InlineData("menurut gue perempuan itu tidak bisa memimpin", "tidak bisa memimpin")]
    [InlineData("kaum LGBT itu bukan manusia normal", "bukan manusia")]
    public void Holds_a_positive_denied_of_a_group(string comment, string predicate) =>
        RuleProbe.Evidence(_rule, comment).Should().Contain(predicate);

    [Theory]
    [InlineData("Saya ketemu orang Jawa kemarin. Mereka memang pemalas semua.", "Mereka")]
    [InlineData("Tetangga baru gue orang Batak, mereka kasar banget", "mereka")]
    public void Holds_what_is_said_of_a_pronoun_that_refers_back_to_a_group(string comment, string pronoun) =>
        RuleProbe.Evidence(_rule, comment).Should().Contain(pronoun);

    [Theory]
    [InlineData("kenapa kita tidak usir saja orang Tionghoa?")]
    [InlineData("Usir semua orang Rohingya dari sini")]
    [InlineData("orang Cina pulang saja ke negaranya")]
    [InlineData("Tidak ada tempat untuk kaum Ahmadiyah di negeri ini")]
    [InlineData("Bubarkan Ahmadiyah sekarang juga")]
    public void Holds_calls_to_drive_a_group_out(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate && h.Confidence >= 0.9);

    [Theory]
    [InlineData("kami akan habisi semua orang Papua", "habisi")]
    [InlineData("orang Dayak layak mati", "layak mati")]
    [InlineData("Bunuh saja semua orang Syiah", "Bunuh")]
    [InlineData("halal darahnya kaum Ahmadiyah", "halal darahnya")]
    [InlineData("Kaum gay itu penyakit, harus dibasmi", "dibasmi")]
    public void Holds_calls_for_violence_against_a_group_as_hate_and_incitement(string comment, string predicate)
    {
        var hits = RuleProbe.Hits(_rule, comment);

        hits.Should().Contain(h => h.Signal == RuleSignals.Threat && h.Kind == "incitement" && h.Text == predicate);
        hits.Should().Contain(h => h.Signal == RuleSignals.GroupHate || h.Signal == RuleSignals.SiteHate);
    }

    [Theory]
    [InlineData("Redaksi ini pantas dibom", "dibom")]
    [InlineData("Penulis berita ini harus dihabisi", "dihabisi")]
    [InlineData("wartawannya bunuh aja, bikin berita ngawur", "bunuh")]
    [InlineData("bakar saja kantor redaksinya", "bakar")]
    [InlineData("Menteri itu halal darahnya", "halal darahnya")]
    [InlineData("bakar saja pelakunya biar kapok", "bakar")]
    public void Holds_calls_for_violence_against_the_newsroom_and_people(string comment, string predicate)
    {
        var hits = RuleProbe.Hits(_rule, comment).Where(h => h.Signal == RuleSignals.Threat).ToList();

        hits.Should().Contain(h => h.Kind == "violence" && h.Confidence >= 0.8);
        hits.Select(h => h.Text).Should().Contain(t => t.Contains(predicate));
    }

    [Theory]
    [InlineData("Kaum gay itu menjijikkan")]
    [InlineData("bencong-bencong itu sampah masyarakat")]
    public void Holds_hate_at_sexual_orientation_as_site_policy(string comment)
    {
        var hits = RuleProbe.Hits(_rule, comment);

        hits.Should().Contain(h => h.Signal == RuleSignals.SiteHate && h.Kind == HateGround.SexualOrientation);
        hits.Should().NotContain(h => h.Signal == RuleSignals.GroupHate);
    }

    [Theory]
    [InlineData("dasar cokin", "ethnicity")]
    [InlineData("Ada maho lewat depan rumah", "sexual-orientation")]
    public void Holds_a_slur_on_its_own(string comment, string ground) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Kind == ground);

    [Theory]
    [InlineData("orang Cina banyak yang jadi pengusaha sukses di Medan")]
    [InlineData("umat Hindu di Bali merayakan Nyepi dengan khidmat")]
    [InlineData("orang Batak itu ramah dan pekerja keras")]
    [InlineData("Kaum perempuan makin banyak yang jadi pemimpin daerah")]
    [InlineData("penyandang disabilitas berhak atas akses transportasi yang layak")]
    [InlineData("orang Jawa Timur terkenal ramah")]
    [InlineData("banjir di Jawa Tengah parah sekali")]
    [InlineData("bahasa Sunda itu halus dan sopan")]
    public void Passes_neutral_and_positive_mentions_of_groups(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("saya tidak benci orang Batak, mereka ramah")]
    [InlineData("orang Madura bukan sampah, stop generalisasi")]
    [InlineData("tidak semua orang Cina itu licik")]
    [InlineData("jangan usir orang Rohingya, mereka manusia juga")]
    public void Passes_denied_hate(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("kalau ada yang bilang orang Papua monyet, itu rasis dan harus dilaporkan")]
    [InlineData("Polisi menangkap pria yang menyebut warga Papua monyet")]
    [InlineData("Warga Papua disebut monyet oleh oknum ormas, sungguh memalukan")]
    [InlineData("Berhenti menyebut orang Tionghoa penjajah, itu fitnah")]
    [InlineData("Ucapan 'usir orang Madura' itu jelas ujaran kebencian")]
    public void Passes_counter_speech_and_reports_that_quote_or_refer_to_hate(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("laptop ini sampah, baru dua bulan sudah rusak")]
    [InlineData("koruptor itu sampah masyarakat, harus dimiskinkan")]
    [InlineData("orang muslim tidak makan babi")]
    [InlineData("orang Batak suka makan anjing katanya")]
    [InlineData("partai Islam itu munafik semua")]
    [InlineData("wanita itu dibunuh suaminya sendiri")]
    [InlineData("Polisi menembak orang Papua yang membawa senjata")]
    public void Passes_abuse_of_non_protected_targets_and_reports_of_violence(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("bunuh nyamuk pakai raket listrik")]
    [InlineData("matikan lampu sebelum tidur")]
    [InlineData("film ini bikin mati ketawa")]
    [InlineData("Timnas bantai Malaysia 4-0")]
    [InlineData("Pelakunya pantas mati, kasihan korbannya")]
    [InlineData("bakar sate di halaman rumah")]
    public void Passes_objects_idioms_sports_and_outrage_at_the_accused(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().NotContain(h => h.Signal == RuleSignals.Threat || h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Gue nggak akan pernah mau berteman dengan orang Batak.")]
    [InlineData("Orang Bugis itu mengerikan.")]
    [InlineData("Nyawa orang Ahmadiyah tidak ada harganya.")]
    [InlineData("Mereka kan cuma orang Madura, nggak usah didengar.")]
    [InlineData("Gue nggak mau ada orang Kristen di lingkungan gue.")]
    [InlineData("Lebih baik mati daripada punya menantu orang Batak.")]
    public void Holds_refusals_in_any_tense_dismissals_and_worth_denied(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Semoga semua orang Yahudi mati.")]
    [InlineData("Dunia lebih baik jika semua orang Rohingya punah.")]
    [InlineData("Orang gay harus dieksekusi.")]
    public void Holds_wishes_for_a_group_to_perish(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Dua warga Papua mati tertembak dalam bentrokan kemarin.")]
    [InlineData("Tidak ada orang gay yang pantas mati.")]
    [InlineData("Tidak ada orang Batak yang bodoh, itu cuma stereotip.")]
    [InlineData("Aku tidak berpikir orang Batak itu bodoh.")]
    [InlineData("Kalau kamu pikir perempuan itu lemah, kamu salah besar.")]
    public void Passes_deaths_in_the_news_denied_existence_and_denied_opinions(string comment) =>
        Held(comment).Should().BeEmpty();

    [Fact]
    public void Holds_a_positive_denied_by_denied_existence() =>
        RuleProbe.Hits(_rule, "Tidak ada perempuan yang bisa memimpin dengan baik.").Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Tunggu saja, kami akan datang dan menghabisi orang-orang Madura di kampung ini.")]
    [InlineData("Besok kita serbu permukiman orang Ahmadiyah.")]
    [InlineData("Kami sudah siapkan parang buat orang-orang Syiah itu.")]
    [InlineData("Kami bersumpah akan membersihkan kota ini dari orang Tionghoa.")]
    public void Holds_threats_whose_speaker_opens_the_clause_weapons_made_ready_and_places_cleansed(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Udah waktunya orang Madura dibersihkan dari kota ini")]
    [InlineData("Sudah saatnya kaum Syiah disterilkan dari sini")]
    public void Holds_a_call_for_a_group_to_be_cleansed_from_a_place(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat && h.Kind == "incitement");

    [Theory]
    [InlineData("Sungai harus dibersihkan dari sampah")]
    [InlineData("Udah waktunya got dibersihkan dari sampah plastik")]
    [InlineData("Warga Madura dibersihkan dari daftar penerima bansos, kata dinas sosial")]
    public void Passes_places_cleaned_and_a_group_cleared_from_a_list(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().NotContain(h => h.Signal == RuleSignals.Threat || h.Signal == RuleSignals.GroupHate);

    [Fact]
    public void Holds_a_passive_call_governed_by_the_modal_that_opens_the_sentence() =>
        RuleProbe.Hits(_rule, "Sebaiknya orang-orang Aceh itu dikurung di provinsinya sendiri.").Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Orang Aceh tidak akan pernah bisa maju.")]
    [InlineData("Orang Ambon tidak bisa hidup tertib.")]
    [InlineData("Wanita tidak mampu berpikir.")]
    [InlineData("Orang Papua tidak pantas mendapat beasiswa.")]
    [InlineData("Orang Papua itu otaknya nggak nyampe.")]
    public void Holds_denied_abilities_and_denied_entitlements(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Gue pikir orang Batak itu bodoh.")]
    [InlineData("Kamu pikir orang Cina itu manusia? Mereka binatang.")]
    public void Holds_an_opinion_that_is_held_not_denied(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Kalau ada orang Madura lewat, jaga dompet kalian baik-baik.")]
    [InlineData("Habis salaman sama orang Papua gue langsung cuci tangan.")]
    [InlineData("Pas orang Ambon masuk kampung, warga langsung kunci pintu.")]
    [InlineData("Begitu kaum gay dapat tempat, tunggu saja azab datang.")]
    public void Holds_precautions_taken_against_a_group(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate || h.Signal == RuleSignals.SiteHate);

    [Theory]
    [InlineData("Kalau ada orang Madura lewat, sapa saja, mereka ramah.")]
    [InlineData("Setiap ada orang Batak di kantor, suasana jadi ramai dan seru.")]
    [InlineData("Pas orang Ambon datang, kami sambut dengan tari-tarian.")]
    public void Passes_a_group_coming_without_ruin_or_precaution(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Hatiku penuh kebencian sama orang Yahudi.")]
    [InlineData("Aku jijik setengah mati sama orang Tionghoa.")]
    [InlineData("Gue sumpahin orang Papua nggak ada yang selamat.")]
    public void Holds_hate_and_curses_said_at_length(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Fact]
    public void Holds_violence_declared_no_sin() =>
        RuleProbe.Hits(_rule, "Membunuh orang Yahudi itu bukan dosa.").Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Membunuh siapa pun itu dosa besar.")]
    [InlineData("Pelaku pembunuhan orang Papua itu pantas dihukum berat.")]
    public void Passes_violence_called_a_sin_and_outrage_at_the_killer(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().NotContain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Kata-kata \"Batak kasar\" itu cuma prasangka.")]
    [InlineData("Kenapa sih masih ada yang percaya orang Papua itu malas? Itu salah.")]
    [InlineData("Tidak benar orang Ambon itu suka berkelahi.")]
    public void Passes_prejudice_named_as_such_and_claims_denied_at_the_start(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().NotContain(h => h.Signal == RuleSignals.GroupHate);

    [Fact]
    public void Tells_the_model_heads_that_quoted_hate_is_quoted() =>
        RuleProbe.Hits(_rule, "Miris baca komentar \"usir orang Cina\" di berita ini.")
            .Should().ContainSingle(h => h.Signal == RuleSignals.CounterSpeech);

    // What the rule holds against a target; a counter-speech or group-mention hit holds nothing.
    private IEnumerable<(string Signal, string Text, double Confidence, string? Kind)> Held(string comment) =>
        RuleProbe.Hits(_rule, comment).Where(h => h.Signal is not (RuleSignals.CounterSpeech or RuleSignals.GroupMention));

    [Theory]
    [InlineData("Orang Batak nggak bisa diajak kerja sama.")]
    [InlineData("Orang Madura tidak pernah menepati janji.")]
    [InlineData("Kaum gay tidak bisa jadi orang tua yang baik.")]
    [InlineData("Orang Tionghoa tidak pernah benar-benar cinta Indonesia.")]
    [InlineData("Orang Batak mana bisa dipercaya.")]
    public void Holds_what_a_group_is_said_never_to_do_or_be(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate || h.Signal == RuleSignals.SiteHate);

    [Theory]
    [InlineData("Orang Papua tidak bisa mendapat air bersih karena pipanya rusak.")]
    [InlineData("Di mana orang Batak bisa tinggal dengan aman?")]
    public void Passes_deprivation_and_a_question_of_where(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Setiap lihat orang Madura bawaannya pengen marah.")]
    [InlineData("Gak ada yang bikin gue lebih kesel daripada kaum Syiah.")]
    [InlineData("Jujur, gue risih banget kalau ada orang Papua di dekat gue.")]
    [InlineData("Benciku pada orang Yahudi tidak akan hilang.")]
    [InlineData("Aku sangat tidak menyukai orang Arab.")]
    public void Holds_dislike_said_in_everyday_words(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Jujur, gue risih kalau ada yang merokok di dekat gue.")]
    [InlineData("Aku kesel sama tim Persija tadi malam, mainnya jelek.")]
    public void Passes_dislike_of_what_is_no_group(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Orang Aceh gak ada yang bener.")]
    [InlineData("Gue gak pernah ketemu orang Bugis yang baik.")]
    [InlineData("Jangan harap orang Papua bisa pintar.")]
    [InlineData("Mustahil orang Madura bisa dipercaya.")]
    [InlineData("Orang Batak itu jauh dari kata sopan.")]
    [InlineData("Orang Minang tidak kenal kata jujur.")]
    [InlineData("Penganut Ahmadiyah tidak pantas disebut manusia.")]
    [InlineData("Orang Yahudi sama sekali tidak bisa dipegang omongannya.")]
    [InlineData("Sampai kapan pun orang Cina tidak akan jadi warga yang baik.")]
    public void Holds_a_positive_denied_by_a_denial_ahead_of_the_group_or_by_a_denied_meeting(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Saya tidak pernah ketemu orang Bugis yang tidak ramah.")]
    [InlineData("Tidak ada orang Aceh yang tidak bisa dipercaya hanya karena sukunya.")]
    [InlineData("Mana mungkin orang Sunda jahat, mereka ramah semua.")]
    [InlineData("Jangan pernah remehkan orang Aceh, mereka tangguh.")]
    public void Passes_a_denial_that_cancels_another(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Orang Tionghoa itu pantasnya jadi babu saja.", "pantasnya jadi babu")]
    [InlineData("Orang Jawa dilahirkan untuk jadi pembantu.", "dilahirkan untuk jadi pembantu")]
    [InlineData("Perempuan seharusnya tahu tempatnya.", "seharusnya tahu tempatnya")]
    [InlineData("Kehadiran kaum Syiah di kompleks ini bikin resah warga.", "bikin resah warga")]
    public void Holds_a_station_assigned_to_a_group(string comment, string predicate) =>
        RuleProbe.Evidence(_rule, comment).Should().Contain(predicate);

    [Theory]
    [InlineData("Gue kunci pintu rapat-rapat kalau orang Ambon lewat.")]
    [InlineData("Kalau mau anakmu selamat, jauhkan dari orang Papua.")]
    public void Holds_a_precaution_said_before_the_group(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Orang Jawa banyak yang jadi pembantu di Hong Kong.")]
    [InlineData("Gue kunci pintu rapat-rapat kalau malam, orang Ambon tetangga gue juga begitu.")]
    public void Passes_work_reported_and_stations_denied(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Tidak ada salahnya membunuh kaum gay.")]
    [InlineData("Wajar saja kami membakar rumah orang Batak.")]
    public void Holds_violence_called_blameless(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Tidak ada orang Minang yang saya kenal yang pelit.")]
    [InlineData("Tidak ada salahnya mencoba masakan orang Padang.")]
    [InlineData("Orang Aceh tidak pengecut, mereka pejuang sejak dulu.")]
    public void Passes_what_is_denied_of_a_group_or_blameless_without_violence(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Tak seorang pun dari orang Bugis yang bisa jadi panutan.")]
    [InlineData("Orang Madura tidak punya rasa malu.")]
    [InlineData("Orang Batak tidak bisa hidup berdampingan dengan siapa pun.")]
    public void Holds_qualities_denied_of_every_member_in_everyday_words(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Perempuan di desa itu tidak bisa sekolah karena jauh, kasihan.")]
    [InlineData("Orang Sunda tidak mudah marah, itu yang saya suka.")]
    [InlineData("Tidak ada satu pun pejabat yang jujur di kasus ini.")]
    public void Passes_what_a_group_lacks_through_no_fault_and_qualities_denied_of_no_group(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Orang Madura itu bikin darah gue mendidih.")]
    [InlineData("Orang Ambon bikin gue emosi terus.")]
    [InlineData("Hati gue panas tiap lihat orang Jawa.")]
    [InlineData("Gue eneg tiap denger logat orang Sunda.")]
    [InlineData("Kebencian gue ke orang Betawi sudah mendarah daging.")]
    public void Holds_what_a_group_does_to_the_speakers_feelings(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Orang Batak juga muak dengan korupsi.")]
    [InlineData("Umat Hindu jijik sama kekerasan atas nama agama.")]
    public void Passes_a_feeling_the_group_has_about_something_else(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Sudah seharusnya orang Tionghoa dipulangkan ke negaranya.")]
    [InlineData("Kaum Syiah tidak boleh dibiarkan hidup di negeri ini.")]
    [InlineData("Orang Bugis perlu diberi pelajaran keras biar kapok.")]
    [InlineData("Negeri ini akan lebih damai tanpa orang Cina.")]
    [InlineData("Tidak usah kasih tempat buat orang Papua di kota ini.")]
    [InlineData("Orang Dayak sebaiknya dikembalikan ke hutan.")]
    [InlineData("Lebih baik kaum lesbi dihukum mati saja.")]
    public void Holds_normative_threats_and_exclusion_in_more_forms(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Pelaku pembunuhan orang Papua itu pantas dihukum mati.")]
    [InlineData("Koruptor itu pantas dihukum mati.")]
    [InlineData("Uang orang Batak yang hilang sudah dikembalikan polisi.")]
    public void Passes_sentences_asked_for_the_accused_and_things_returned(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Jangan pernah titip uang ke orang Tionghoa.")]
    [InlineData("Mau rumah aman? Jangan jual ke orang Cina.")]
    [InlineData("Orang Bugis dikasih kerjaan? Siap-siap rugi.")]
    [InlineData("Gue lebih milih mati daripada nikah sama orang Batak.")]
    public void Holds_advice_to_keep_away_from_a_group_and_loss_foretold(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Jangan lupa mampir ke warung orang Padang di ujung jalan.")]
    [InlineData("Kalau dapat tetangga orang Ambon, siap-siap diajak makan papeda.")]
    public void Passes_advice_and_forecasts_that_keep_no_one_away(string comment) =>
        Held(comment).Should().BeEmpty();

    [Fact]
    public void Holds_hate_said_as_the_speakers_own_word() =>
        Held("Kalau kata gue, kaum Syiah itu sesat semua.").Should().NotBeEmpty();

    [Fact]
    public void Passes_hate_quoted_as_someone_elses_word() =>
        Held("Kalau kata mereka, kaum Syiah itu sesat semua. Itu fitnah.").Should().BeEmpty();

    [Theory]
    [InlineData("Anak gue nggak boleh sekolah bareng anak-anak Papua.")]
    [InlineData("Pantesan kantornya berantakan, bosnya orang Betawi.")]
    [InlineData("Ya wajarlah miskin, orang Sunda sih.")]
    public void Holds_segregation_and_ruin_put_down_to_a_group(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Wajar orang Papua miskin, dana desanya dikorupsi pejabat.")]
    [InlineData("Pantesan ramai, orang Batak lagi pesta adat.")]
    [InlineData("Anak gue sekolah bareng anak-anak Papua, mereka berteman baik.")]
    public void Passes_poverty_explained_and_groups_met_without_ruin(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Orang Papua itu layak diperlakukan seperti binatang.")]
    [InlineData("Umat Katolik mending pindah ke negara lain saja.")]
    [InlineData("Orang Tionghoa yang kaya itu pasti hasil nipu.")]
    [InlineData("Gue nggak akan pernah menyewakan kos ke orang Papua.")]
    public void Holds_treatment_asked_for_and_gains_called_theft(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Fact]
    public void Passes_a_group_inside_what_the_sentence_is_about() =>
        Held("Berita soal pengusiran warga Syiah di Sampang itu menyedihkan.").Should().BeEmpty();

    [Theory]
    [InlineData("Jangan usir pengungsi Rohingya, mereka korban.")]
    [InlineData("Orang Madura bukan sampah.")]
    public void Tells_the_model_heads_that_hate_denied_of_a_group_is_not_meant(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().ContainSingle(h => h.Signal == RuleSignals.CounterSpeech && h.Kind == "denied");

    [Theory]
    [InlineData("Orang Maduraa itu kasaaar bangettt.")]
    [InlineData("0r4ng Ch1n4 itu licik.")]
    [InlineData("Orang Cinaa harus diusir.")]
    [InlineData("Kaum gayy itu menjijikan.")]
    public void Holds_hate_at_a_group_whose_name_is_stretched_or_disguised(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Fact]
    public void Passes_a_slur_defined_rather_than_hurled() =>
        Held("Kafir artinya orang yang mengingkari.").Should().BeEmpty();

    [Fact]
    public void Holds_a_call_against_what_a_group_named_before_owns() =>
        RuleProbe.Hits(_rule, "Pemerintah terlalu lembek sama kaum Syiah. Sesat begitu kok dibiarkan, bakar saja tempat ibadahnya.")
            .Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Fact]
    public void Passes_a_report_of_harm_to_what_a_group_owns() =>
        Held("Warga Syiah di Sampang diserang, rumahnya dibakar massa tahun 2012.").Should().BeEmpty();

    [Theory]
    [InlineData("Orang Papua berkumpul di lapangan dekat gereja.")]
    [InlineData("Umat Hindu di Bali merayakan Nyepi dengan khidmat.")]
    public void Tells_the_model_heads_that_a_group_is_only_named(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().ContainSingle().Which.Signal.Should().Be(RuleSignals.GroupMention);

    [Theory]
    [InlineData("Orang Papua berkumpul di lapangan, dasar goblok.")]
    [InlineData("Orang Batak itu kasar.")]
    [InlineData("Jangan usir orang Rohingya.")]
    public void Leaves_the_model_heads_alone_where_a_hurtful_word_stands(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().NotContain(h => h.Signal == RuleSignals.GroupMention);

    [Theory]
    [InlineData("Namanya juga orang Jawa, pasti suka teh manis.")]
    [InlineData("Maklum orang Minang, pintar berdagang.")]
    public void Passes_a_label_that_may_be_fond_without_a_hurtful_word(string comment) =>
        Held(comment).Should().BeEmpty();

    [Fact]
    public void Holds_a_label_beside_no_wonder() =>
        Held("Gak usah heran, namanya juga orang Arab.").Should().NotBeEmpty();

    [Theory]
    [InlineData("Masa sih ada orang Arab yang jujur?")]
    [InlineData("Apa gunanya perempuan sekolah tinggi-tinggi?")]
    [InlineData("Saya kenal beberapa orang Betawi. Semuanya pemalas.")]
    public void Holds_rhetorical_questions_and_all_of_a_group_named_before(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Saya kenal beberapa orang Betawi. Semuanya ramah.")]
    [InlineData("Harga cabai naik, semuanya jadi mahal.")]
    public void Passes_all_of_a_group_praised_and_all_of_no_group(string comment) =>
        Held(comment).Should().BeEmpty();

    [Fact]
    public void Passes_a_group_that_knows_where_it_prays() =>
        Held("Umat Hindu di Bali tahu tempatnya berdoa di pura keluarga.").Should().BeEmpty();

    [Theory]
    [InlineData("Terus terang, saya merasa sangat terganggu dengan keberadaan orang Madura di lingkungan kami.")]
    [InlineData("Perasaan saya campur aduk antara jijik dan marah setiap kali bertemu kaum gay.")]
    [InlineData("Sungguh saya tidak sudi berbagi kota dengan orang Batak.")]
    public void Holds_feelings_said_in_formal_and_longer_sentences(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Fact]
    public void Holds_a_call_to_drive_out_joined_to_one_a_modal_governs() =>
        Held("Penganut Ahmadiyah harus dipaksa bertobat atau diusir.").Should().NotBeEmpty();

    [Theory]
    [InlineData("Kaum LGBT harus dihukum cambuk di depan umum.")]
    [InlineData("Kami tidak akan ragu menumpahkan darah orang Madura kalau perlu.")]
    public void Holds_threats_in_coordinated_and_formal_forms(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Terus terang, saya merasa sangat terganggu dengan suara knalpot di lingkungan kami.")]
    [InlineData("Polisi menyebut pelaku menumpahkan darah korban di lantai rumah.")]
    public void Passes_the_same_forms_aimed_at_no_group(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Dengan segala hormat, orang Batak tidak memiliki kemampuan untuk memimpin bangsa ini.")]
    [InlineData("Secara umum, etnis Tionghoa kurang memiliki rasa cinta tanah air.")]
    [InlineData("Fakta di lapangan menunjukkan orang Madura sulit diatur.")]
    [InlineData("Orang Jawa terkenal licik dan pandai bermuka dua.")]
    [InlineData("Orang kulit hitam secara alami lebih agresif dan berbahaya.")]
    [InlineData("Kehadiran pengungsi Rohingya hanya membawa masalah bagi warga Aceh.")]
    public void Holds_derogation_said_formally(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Orang Papua tidak dihargai di negerinya sendiri, ini menyedihkan.")]
    [InlineData("Kaum gay sulit diterima keluarga, banyak yang depresi.")]
    [InlineData("Perempuan memiliki kemampuan memimpin yang sama dengan laki-laki.")]
    [InlineData("Orang Batak terkenal pandai bernyanyi.")]
    public void Passes_treatment_denied_in_sympathy_and_qualities_praised(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Pemerintah seharusnya mengambil tindakan tegas untuk mengusir seluruh warga keturunan Tionghoa.")]
    [InlineData("Jika perlu, kita angkat senjata melawan umat Kristen.")]
    [InlineData("Sudah waktunya umat Ahmadiyah dibubarkan dan dilarang beribadah.")]
    [InlineData("Saya berharap orang Yahudi lenyap dari muka bumi.")]
    [InlineData("Akan lebih baik bila tidak ada lagi orang Arab di negeri ini.")]
    [InlineData("Bagaimana mungkin kita mempercayai orang Madura?")]
    [InlineData("Mengapa kita harus menerima orang Papua di kota kita?")]
    public void Holds_calls_and_refusals_said_formally(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Pemerintah seharusnya mengambil tindakan tegas untuk mengusir penambang ilegal.")]
    [InlineData("Mengapa kita harus menerima kenaikan harga BBM terus-menerus?")]
    [InlineData("Saya berharap orang Papua segera mendapat keadilan.")]
    public void Passes_the_same_forms_aimed_at_no_group_or_wishing_it_well(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kalau mau usaha sukses, jangan rekrut orang Batak.")]
    [InlineData("Sejak banyak orang Arab tinggal di sini, lingkungan jadi tidak aman.")]
    [InlineData("Satu-satunya orang Batak yang baik adalah yang sudah mati.")]
    public void Holds_implicit_derogation_in_more_forms(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Sejak banyak orang Arab tinggal di sini, kuliner Timur Tengah makin ramai.")]
    [InlineData("Sejak lampu jalan dipasang, lingkungan jadi tidak gelap lagi dan orang Betawi senang.")]
    public void Passes_a_group_coming_with_nothing_taken_away(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Orang trans itu menjijikkan.")]
    [InlineData("Aku lebih baik mati daripada berkencan dengan orang trans.")]
    public void Holds_hate_at_trans_people_as_site_policy(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.SiteHate);

    [Fact]
    public void Passes_hate_quoted_and_called_sexist() =>
        Held("Mengatakan bahwa wanita itu lemah adalah seksis.").Should().BeEmpty();

    [Fact]
    public void Holds_a_beating_called_for_in_the_iterative_form() =>
        RuleProbe.Hits(_rule, "Orang gay pantas dipukuli.").Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Imigran itu sammpah.")]
    [InlineData("Orang cacat itu ssampah masyarakat.")]
    public void Holds_hate_with_a_letter_doubled(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Imigran datang ke sini dan mereka mengambil semua pekerjaan kita.")]
    [InlineData("Wanita? Mereka tidak lebih dari mesin pembuat anak.")]
    [InlineData("Wanita seharusnya tidak bekerja di luar rumah.")]
    public void Holds_jobs_taken_wombs_and_work_forbidden(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Fact]
    public void Passes_equal_pay_asked_for_a_group() =>
        Held("Wanita seharusnya digaji sama dengan pria.").Should().BeEmpty();

    [Theory]
    [InlineData("Dunia akan lebih baik jika semua orang cacat dibunuh.")]
    [InlineData("Para imigran itu pantas mendapat peluru di kepala.")]
    public void Holds_killing_wished_for_a_better_world_and_bullets_deserved(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Fact]
    public void Passes_a_better_world_that_harms_no_one() =>
        Held("Dunia akan lebih baik jika semua orang cacat mendapat akses yang layak.").Should().BeEmpty();
    [Theory]
    [InlineData("Mending jomblo seumur hidup daripada pacaran sama orang Batak.")]
    [InlineData("Orang Papua harus bersyukur sudah kita biarkan tinggal di sini.")]
    [InlineData("Punya karyawan perempuan itu cuma rugi.")]
    [InlineData("Mempekerjakan orang difabel sama saja buang uang.")]
    [InlineData("Orang Arab diciptakan untuk berperang.")]
    [InlineData("Orang Aceh otaknya cuma buat perang.")]
    [InlineData("Pekerjaan kasar memang cocoknya untuk orang NTT.")]
    [InlineData("Kaum Syiah itu duri dalam daging bangsa ini.")]
    [InlineData("Cuma orang gila yang percaya sama orang Madura.")]
    [InlineData("Masuk kampung orang Madura sama saja cari mati.")]
    [InlineData("Umat Hindu di sini cuma numpang hidup.")]
    [InlineData("Orang Jawa itu memang sudah sifat alaminya menjilat.")]
    public void Holds_what_a_group_is_said_to_be_good_for_born_to_or_worth(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Setiap kali ada maling, pasti pelakunya orang Batak.")]
    [InlineData("Kalau ada orang Madura di kereta, gue langsung pindah gerbong.")]
    [InlineData("Jangan beli rumah di dekat kampung orang Madura, nanti menyesal.")]
    [InlineData("Pantas saja kelakuannya begitu, ternyata dia orang Tionghoa.")]
    [InlineData("Pantesan rusak, yang pegang proyek orang Betawi.")]
    [InlineData("Coba biarkan orang Batak memimpin negeri ini, lihat seberapa cepat hancurnya.")]
    [InlineData("Serahkan saja negara ini ke perempuan, dijamin bangkrut dalam setahun.")]
    [InlineData("Orang kulit hitam di kantor? Siap-siap barang hilang.")]
    [InlineData("Saya tidak akan pernah makan makanan yang sudah disentuh orang Madura.")]
    [InlineData("Orang Papua jadi menteri? Lelucon apa lagi ini.")]
    [InlineData("Perempuan jadi presiden? Jangan bercanda.")]
    [InlineData("Terlalu banyak orang Tionghoa di negeri ini.")]
    [InlineData("Tentu saja si tolol itu orang Madura.")]
    [InlineData("Sudah kuduga, pencurinya pasti orang Batak.")]
    [InlineData("Gue mending tinggal di hutan daripada sekampung sama orang Madura.")]
    [InlineData("Lagi-lagi pelakunya orang Papua, sudah bisa ditebak.")]
    [InlineData("Sudah pasti biang keroknya orang Madura.")]
    [InlineData("Pemimpin perempuan? Yang benar saja.")]
    [InlineData("Orang Arab di lift? Siap-siap kehabisan napas.")]
    [InlineData("Orang Tionghoa harusnya berterima kasih masih boleh dagang di sini.")]
    [InlineData("Ngepel dan nyapu itu memang tugas perempuan.")]
    [InlineData("Perempuan kalau jadi pemimpin ujung-ujungnya korupsi.")]
    [InlineData("Orang Batak sama dengan masalah.")]
    public void Holds_contempt_implied_by_what_follows_the_group(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Orang Bugis kalau diberi kepercayaan pasti disalahgunakan.")]
    [InlineData("Belum pernah aku lihat perempuan yang bisa nyetir dengan benar.")]
    [InlineData("Perempuan yang tidak berjilbab pantas diperkosa.")]
    [InlineData("Para pendatang dari Flores tidak pantas dihargai.")]
    [InlineData("Orang Ambon tidak layak menghirup udara yang sama dengan kita.")]
    [InlineData("Orang Ambon bahkan tidak layak menghirup udara yang sama dengan kita.")]
    public void Holds_a_group_narrowed_or_conditioned_before_what_is_said_of_it(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Saya lebih baik pulang daripada kehujanan di jalan.")]
    [InlineData("Pantas saja macet, ternyata ada perbaikan jalan.")]
    [InlineData("Setiap kali ada maling, polisi lambat datang.")]
    [InlineData("Saya tidak akan pernah makan makanan yang sudah basi.")]
    [InlineData("Orang Papua jadi menteri? Bagus, saya dukung.")]
    [InlineData("Perempuan jadi presiden? Kenapa tidak.")]
    [InlineData("Terlalu banyak orang Papua yang putus sekolah karena jarak.")]
    [InlineData("Tentu saja pemenangnya orang Madura, dia memang jago.")]
    [InlineData("Punya bos orang Batak itu menyenangkan, tegas dan adil.")]
    [InlineData("Warga Rohingya bersyukur diterima di Aceh.")]
    [InlineData("Kalau orang Papua jadi korban pencurian, polisi harus bertindak cepat.")]
    [InlineData("Orang Tionghoa itu murah senyum.")]
    [InlineData("Mending tidur daripada nonton sinetron.")]
    [InlineData("Orang Tionghoa berterima kasih kepada warga yang membantu saat banjir.")]
    [InlineData("Pemimpin perempuan? Sudah banyak yang terbukti hebat.")]
    [InlineData("Ngepel dan nyapu itu tugas semua penghuni rumah.")]
    [InlineData("Saya suka minum kopi yang dibuat orang Papua, rasanya mantap.")]
    public void Passes_the_same_shapes_with_nothing_contemptuous(string comment) =>
        Held(comment).Should().BeEmpty();
    [Fact]
    public void Holds_a_death_announced_to_a_group_as_a_threat() =>
        RuleProbe.Hits(_rule, "Besok kami datang ke kampung orang Ahmadiyah, siap-siap kalian mati.").Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Fact]
    public void Holds_a_boiling_heart_at_a_group() =>
        Held("Hati saya mendidih setiap melihat perempuan berkuasa.").Should().NotBeEmpty();

    [Theory]
    [InlineData("Tidak ada alasan untuk membenci orang Muslim.")]
    [InlineData("Orang Muslim tidak bertanggung jawab atas serangan itu.")]
    [InlineData("Jika kamu membenci orang gay, kamu yang bermasalah.")]
    public void Passes_hate_denied_a_reason_a_deed_denied_and_a_feeling_put_to_the_listener(string comment) =>
        Held(comment).Should().BeEmpty();
    [Theory]
    [InlineData("Orang Madura? Jujur? Mustahil.")]
    [InlineData("Kaum Syiah? Bisa dipercaya? Jangan mimpi.")]
    [InlineData("Perempuan dan matematika? Jangan bikin ketawa.")]
    [InlineData("Orang Papua dan kecerdasan itu dua hal yang tidak pernah ketemu.")]
    [InlineData("Coba tunjukkan satu saja orang Aceh yang toleran.")]
    [InlineData("Orang Bali itu tidak kenal kata malu.")]
    [InlineData("Jangan pernah berharap kebaikan dari orang Cina.")]
    [InlineData("Dari seribu orang Jawa, mungkin cuma satu yang bisa dipercaya.")]
    [InlineData("Gak bakal ada orang Madura yang bisa jadi pemimpin yang baik.")]
    [InlineData("Orang India itu nggak tau caranya mandi.")]
    public void Holds_a_good_quality_denied_a_group_by_laugh_challenge_or_rarity(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Orang Madura? Jujur? Tentu saja, tetangga saya contohnya.")]
    [InlineData("Coba tunjukkan satu saja bukti kalau orang Aceh intoleran, tidak ada kan.")]
    [InlineData("Dari seribu pelamar, cuma satu yang lolos.")]
    [InlineData("Dari seratus orang Papua yang mendaftar, hanya satu yang diterima.")]
    [InlineData("Perempuan dan matematika? Banyak juara olimpiade perempuan.")]
    [InlineData("Saya tidak pernah menemukan orang Batak yang tidak ramah.")]
    public void Passes_the_same_shapes_said_in_a_group_s_favour(string comment) =>
        Held(comment).Should().BeEmpty();
    [Theory]
    [InlineData("Cewek yang pakai rok mini ya wajar kalau diperkosa.")]
    [InlineData("Biarin aja orang Papua mati kelaparan, bukan urusan kita.")]
    [InlineData("Lebih baik orang Rohingya dibiarkan tenggelam di laut.")]
    [InlineData("Ada tetangga baru, orang Tionghoa. Semoga cepat mati dia.")]
    [InlineData("Kaum gay mau bikin pawai. Bubarkan dan pukuli mereka.")]
    [InlineData("Perempuan-perempuan itu makin berani. Harus dikasih pelajaran biar tahu diri.")]
    public void Holds_violence_called_for_in_reader_s_shorthand(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Jujur ya, gue rasa orang Ambon itu emang gak ada otaknya.")]
    [InlineData("Sumpah gue gak sudi satu ruangan sama orang Papua.")]
    [InlineData("Ya Allah, betapa bencinya aku sama orang Syiah.")]
    public void Holds_contempt_in_reader_s_shorthand(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Biarin aja orang Papua menentukan pilihannya sendiri.")]
    [InlineData("Kaum gay mau bikin pawai, polisi memperketat pengamanan.")]
    [InlineData("Ada tetangga baru, orang Tionghoa. Semoga betah dia.")]
    [InlineData("Orang Papua banyak yang belum sekolah. Harus dibantu pemerintah.")]
    public void Passes_the_same_shorthand_with_nothing_violent(string comment) =>
        Held(comment).Should().BeEmpty();
    [Theory]
    [InlineData("Membunuh orang Syiah adalah tindakan yang benar.")]
    [InlineData("Saya mendukung pembantaian orang Ahmadiyah.")]
    [InlineData("Genosida terhadap orang Papua itu perlu.")]
    [InlineData("Pembersihan etnis Madura adalah solusi terbaik.")]
    [InlineData("Memukuli kaum gay itu hal yang wajar.")]
    [InlineData("Tidak akan ada yang merindukan orang Madura kalau mereka semua mati.")]
    [InlineData("Orang Madura yang baik adalah orang Madura yang mati.")]
    [InlineData("Dunia akan lebih indah kalau semua orang Tionghoa mati.")]
    [InlineData("Indonesia baru akan damai setelah orang Papua lenyap.")]
    [InlineData("Mati untuk semua orang Yahudi!")]
    [InlineData("Hukuman mati untuk semua kaum gay.")]
    [InlineData("Bakar hidup-hidup saja para waria itu.")]
    [InlineData("Penyandang disabilitas lebih baik disuntik mati.")]
    public void Holds_violence_against_a_group_declared_right_supported_or_wished_in_other_words(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Pembantaian orang Tionghoa tahun 1998 adalah tragedi.")]
    [InlineData("Genosida terhadap orang Rohingya harus dihentikan dunia.")]
    [InlineData("Mengusir orang Rohingya dengan kekerasan itu kejam.")]
    [InlineData("Memukuli kaum gay itu kejahatan, pelakunya harus dihukum.")]
    [InlineData("Saya mendukung pengusutan tuntas pembantaian di Papua.")]
    [InlineData("Rela mati untuk orang Papua yang tertindas.")]
    public void Passes_violence_against_a_group_reported_or_condemned(string comment) =>
        Held(comment).Should().BeEmpty();
    [Fact]
    public void Holds_a_group_driven_out_declared_lawful() =>
        Held("Mengusir orang Rohingya dengan kekerasan itu sah-sah saja.").Should().NotBeEmpty();

    [Theory]
    [InlineData("Orang Tionghoa harus tahu diri di negeri ini.")]
    [InlineData("Orang Papua itu evolusinya belum selesai.")]
    [InlineData("Orang Sunda mandi aja setahun sekali.")]
    [InlineData("IQ orang Papua rata-rata jongkok.")]
    [InlineData("Orang Syiah tidak pantas punya hak yang sama dengan kita.")]
    [InlineData("Orang India kalau ngomong kayak kumur-kumur.")]
    [InlineData("Orang Papua jadi dokter? Pasien bisa mati semua.")]
    [InlineData("Kalau lihat orang Papua, saya langsung pegang tas.")]
    [InlineData("Orang Bugis? Idih, amit-amit.")]
    public void Holds_contempt_implied_by_a_habit_a_place_or_a_ruin_foretold(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Kerusuhan 98 yang menyasar orang Tionghoa adalah aib sejarah kita.")]
    [InlineData("Orang Papua jadi dokter di daerahnya sendiri, membanggakan.")]
    [InlineData("Kalau lihat orang Papua di Jakarta, saya ingat teman kuliah dulu.")]
    [InlineData("Orang yang bicara seperti itu soal orang India jelas rasis.")]
    public void Passes_a_group_inside_a_relative_clause_in_office_met_or_spoken_of(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Jujur aja, tiap lihat orang Papua gue langsung ilfil.")]
    [InlineData("Males banget gue ketemu sama kaum gay.")]
    [InlineData("Saya tidak pernah bisa suka sama orang Madura.")]
    [InlineData("Aku tuh sebel banget kalau satu kelas sama anak Batak.")]
    [InlineData("Sebal rasanya harus kerja bareng orang Sunda.")]
    public void Holds_dislike_the_speaker_owns_before_or_after_the_group(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Tiap lihat orang Papua dianiaya, saya langsung muak.")]
    [InlineData("Gue sebel banget sama macet Jakarta.")]
    public void Passes_dislike_of_what_is_done_to_a_group_or_of_no_group(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Andai orang Madura lenyap dari bumi.")]
    [InlineData("Orang Syiah tidak layak diberi napas.")]
    [InlineData("Darah orang Yahudi halal ditumpahkan.")]
    [InlineData("Sudah waktunya kita angkat parang melawan orang Dayak.")]
    [InlineData("Orang Batak pantas dilindas tank.")]
    [InlineData("Orang Tionghoa lebih baik mati daripada hidup.")]
    public void Holds_normative_threats_in_more_words(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Orang Rohingya harus dikirim ke kamp konsentrasi.", "dikirim ke kamp")]
    [InlineData("Orang Ahmadiyah harus dihilangkan dari Indonesia.", "dihilangkan dari")]
    public void Holds_a_group_called_to_be_confined_or_removed(string comment, string predicate) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate && h.Text == predicate);

    [Theory]
    [InlineData("Biasakan anak orang Papua membaca sejak dini.")]
    [InlineData("Orang Syiah itu terdiam sesaat lalu tersenyum.")]
    [InlineData("Orang Madura menyimpan beras di lumbung.")]
    public void Passes_everyday_words_one_letter_from_a_word_of_the_lexicon(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Orang Madura mana ada yang jujur.")]
    [InlineData("Gak pernah tuh ketemu orang Batak yang sopan.")]
    [InlineData("Susah cari orang Sunda yang pintar.")]
    [InlineData("Orang Minang itu tidak tahu arti berbagi.")]
    [InlineData("Pendapat pribadi: perempuan itu nggak cocok jadi pemimpin.")]
    [InlineData("Bagi gue, orang Cina itu cuma peduli duit.")]
    [InlineData("Menurut pengamatan saya, orang Madura itu memang suka cari ribut.")]
    public void Holds_a_quality_none_of_the_group_has_and_opinions_in_other_words(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Kami sudah siapkan bensin buat rumah-rumah orang Tionghoa.")]
    [InlineData("Gue sama anak-anak bakal sikat orang Batak yang lewat sini.")]
    [InlineData("Malam ini kita sweeping orang Papua di kos-kosan.")]
    [InlineData("Siap-siap, orang Yahudi, hari pembalasan sudah dekat.")]
    [InlineData("Orang Madura yang masih di sini bakal kami seret keluar.")]
    [InlineData("Tinggal tunggu waktu, kami ratakan permukiman orang Dayak.")]
    [InlineData("Kami akan membuat kaum gay di kampus ini lenyap satu per satu.")]
    [InlineData("Tak akan kubiarkan satu pun orang Arab hidup tenang di sini.")]
    [InlineData("Orang Tionghoa, ingat 98? Kami bisa ulangi kapan saja.")]
    [InlineData("Dengar ya orang Batak, golok kami sudah diasah.")]
    public void Holds_direct_threats_in_more_words(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Kami akan membantu korban banjir di kampung orang Dayak.")]
    [InlineData("Kita sweeping sampah plastik di pantai besok pagi.")]
    [InlineData("Timnas kita bakal sikat Malaysia di final.")]
    [InlineData("Kami akan menemani orang Papua yang merantau ke Jakarta.")]
    [InlineData("Orang Madura tidak pernah menyerah menghadapi kerasnya hidup.")]
    public void Passes_the_same_words_with_no_threat_or_denial(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kalau orang Batak bisa antre, itu baru keajaiban dunia.")]
    [InlineData("Orang Tionghoa baik itu cuma ada di dongeng.")]
    [InlineData("Orang Sunda punya otak? Sejak kapan?")]
    [InlineData("Perempuan nyetir? Pantesan macet.")]
    [InlineData("Orang Minang? Oh, yang suka ngutang terus kabur itu.")]
    [InlineData("Jangan kaget kalau orang Jawa senyum di depan tapi menusuk dari belakang.")]
    [InlineData("Kaum gay itu produk gagal.")]
    [InlineData("Gimana mau maju kalau isinya orang Papua semua.")]
    public void Holds_a_virtue_called_a_fable_a_short_question_answered_with_scorn_and_more_stereotypes(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Orang Batak yang jujur itu bukan mitos, saya kenal banyak.")]
    [InlineData("Orang Papua? Bukan, mereka bukan pemalas.")]
    [InlineData("Orang Padang terkenal dengan masakannya yang enak.")]
    public void Passes_a_fable_denied_and_a_short_question_answered_kindly(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Saya heran kenapa belum ada yang membunuh orang Syiah di sini.")]
    [InlineData("Orang Tionghoa itu sebaiknya dibuat tidak bisa bernapas lagi.")]
    [InlineData("Kalau ada orang Yahudi mati, saya akan bersyukur.")]
    [InlineData("Saya akan senang sekali kalau semua waria dibakar.")]
    [InlineData("Sah-sah saja membakar rumah ibadah orang Kristen.")]
    [InlineData("Orang Madura itu cuma bisa diajari dengan pentungan.")]
    [InlineData("Orang Cina harus dibikin kapok, kalau perlu pakai kekerasan.")]
    [InlineData("Solusi terbaik untuk orang Rohingya adalah menenggelamkan kapal mereka.")]
    [InlineData("Semua penganut Syiah pantas dipancung.")]
    [InlineData("Wajar saja kalau orang Madura dibantai, mereka yang mulai.")]
    [InlineData("Dunia ini butuh satu Hitler lagi untuk orang Yahudi.")]
    [InlineData("Tembak mati saja tiap orang Papua yang ketahuan mengibarkan bendera.")]
    public void Holds_violence_asked_for_as_overdue_a_remedy_a_joy_or_a_lesson(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Aparat yang menembak warga Papua harus diadili.")]
    [InlineData("Solusi terbaik untuk pengungsi Rohingya adalah kerja sama regional.")]
    [InlineData("Saya senang orang Papua yang diserang kemarin sudah pulih.")]
    [InlineData("Polisi tembak mati begal di Bekasi.")]
    public void Passes_violence_judged_remedies_without_violence_and_joy_without_a_condition(string comment) =>
        Held(comment).Should().BeEmpty();

    [Fact]
    public void Holds_a_group_cast_out_under_bagusnya() =>
        Held("Bagusnya orang Rohingya itu dibuang ke laut biar jadi makanan hiu.").Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Pintar juga ya, untuk ukuran orang Papua.")]
    [InlineData("Tumben orang Batak ngomongnya sopan.")]
    [InlineData("Orang Madura kok bisa juara? Pasti curang.")]
    [InlineData("Wah, orang Sunda bisa kerja keras juga ternyata.")]
    [InlineData("Kamu beda ya, nggak kayak orang Madura lainnya.")]
    [InlineData("Dia sukses karena dia tidak seperti orang Batak kebanyakan.")]
    [InlineData("Anak pintar begini pasti bukan orang Flores asli.")]
    public void Holds_praise_that_holds_the_group_low(string comment) =>
        Held(comment).Should().NotBeEmpty();

    [Theory]
    [InlineData("Orang Madura itu juara lomba karapan sapi tahun ini.")]
    [InlineData("Orang Papua yang kuliah di Jawa banyak yang berprestasi.")]
    [InlineData("Tumben hujan turun pagi ini, orang Batak di kampung senang.")]
    public void Passes_praise_and_surprise_that_hold_no_one_low(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kunci rapat rumahmu kalau tetanggamu orang Madura.")]
    [InlineData("Begitu lihat orang Papua masuk toko, satpam langsung siaga.")]
    [InlineData("Kalau ada barang hilang di kantor, cek dulu si orang Papua.")]
    [InlineData("Jakarta jadi semrawut sejak orang Madura berdatangan.")]
    [InlineData("Setiap ada orang Arab pindah ke kompleks, harga rumah langsung turun.")]
    [InlineData("Kasih orang NTT uang, besok pasti habis buat mabuk.")]
    [InlineData("Wajar lah kotor begitu, itu kan kawasan orang Madura.")]
    [InlineData("Namanya juga orang Betawi, ya begitulah kelakuannya.")]
    [InlineData("Pantas saja kampungnya tertinggal, isinya orang Dayak semua.")]
    public void Holds_a_neighbourhood_s_decline_and_its_precautions_blamed_on_a_group(string comment) =>
        Held(comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Kalau mau aman jangan sewa rumah ke orang Tionghoa.")]
    [InlineData("Negara ini baru maju kalau orang Yahudi sudah tidak ada.")]
    [InlineData("Apa sih yang bisa diharapkan dari orang Flores.")]
    [InlineData("Orang Bugis itu kalau nggak nyolong ya nipu.")]
    [InlineData("Perempuan itu otaknya cuma separuh laki-laki.")]
    [InlineData("Hati-hati belanja di toko orang Cina, timbangannya pasti kurang.")]
    public void Holds_safety_or_progress_without_a_group_nothing_hoped_of_it_and_its_vices_said_as_either_or(string comment) =>
        Held(comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate);

    [Theory]
    [InlineData("Gue kunci pintu karena banyak maling, bukan karena tetangga orang Bugis.")]
    [InlineData("Kalau mau aman, jangan percaya hoaks tentang orang Papua.")]
    [InlineData("Tanpa orang Papua, tim nasional tidak akan maju.")]
    [InlineData("Namanya juga orang Minang, pintar berdagang.")]
    [InlineData("Terima kasih orang Aceh, tanpa kalian kami celaka.")]
    [InlineData("Orang Jawa itu kalau tidak jujur pasti ketahuan.")]
    [InlineData("Kampung orang Dayak tertinggal karena pemerintah abai membangun jalan.")]
    [InlineData("Sejak orang Madura berdatangan, pasar jadi ramai dan murah.")]
    public void Passes_a_denied_cause_a_group_s_absence_regretted_and_a_denial_inside_a_condition(string comment) =>
        Held(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kaum LGBT itu kalau dipukuli warga ya wajar saja.")]
    [InlineData("Kalau orang Dayak dibantai, itu akibat ulah mereka sendiri.")]
    [InlineData("Orang Ambon yang mati dalam kerusuhan itu memang layak.")]
    [InlineData("Saya dukung penuh kalau kampung orang Madura dibakar.")]
    [InlineData("Saya tidak akan menyalahkan siapa pun yang memukul orang Tionghoa.")]
    [InlineData("Siapa pun yang membakar masjid Ahmadiyah itu pahlawan.")]
    [InlineData("Aku bersyukur tiap dengar ada orang Yahudi yang tewas.")]
    [InlineData("Biar saja orang Papua kelaparan, mereka memang pantas menderita.")]
    [InlineData("Orang Batak harus dibuat menderita supaya tahu rasa.")]
    [InlineData("Alangkah baiknya kalau orang Yahudi lenyap semua.")]
    [InlineData("Kapan ya orang Madura dibantai lagi kayak Sampit?")]
    [InlineData("Pembantaian orang Tionghoa harus diulang lagi.")]
    [InlineData("Halalkan saja darah orang Ahmadiyah.")]
    public void Holds_violence_judged_deserved_supported_blameless_or_asked_for_again(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Signal == RuleSignals.Threat);

    [Theory]
    [InlineData("Hukuman mati masih terlalu ringan buat orang Ahmadiyah.")]
    [InlineData("Orang Papua itu tidak perlu dikasihani kalau ditembak aparat.")]
    [InlineData("Kaum gay lebih baik tidak pernah lahir.")]
    [InlineData("Dunia butuh lebih sedikit orang Yahudi.")]
    [InlineData("Jangan kasih ampun buat orang Ahmadiyah.")]
    [InlineData("Populasi orang Tionghoa di sini harus dikurangi.")]
    public void Holds_a_group_denied_mercy_life_or_numbers(string comment) =>
        Held(comment).Should().Contain(h => h.Signal == RuleSignals.GroupHate || h.Signal == RuleSignals.SiteHate);

    [Theory]
    [InlineData("Saya mengecam siapa pun yang memukul orang Tionghoa.")]
    [InlineData("Orang Papua yang ditembak aparat harus mendapat keadilan.")]
    [InlineData("Kaum waria sering dipukuli, ini harus dihentikan.")]
    [InlineData("Pembantaian Sampit tidak boleh terulang.")]
    [InlineData("Populasi badak Jawa harus dijaga.")]
    [InlineData("Saya senang mendengar orang Papua yang diserang sudah pulih.")]
    [InlineData("Orang Rohingya yang terdampar harus segera ditolong.")]
    public void Passes_violence_condemned_redressed_or_reported(string comment) =>
        Held(comment).Should().BeEmpty();
}
