using Moderation.Rules;
using Moderation.Rules.Profanity;

namespace Moderation.Core.Tests.Rules;

public class ProfanityRuleTests
{
    private static IEnumerable<string> Signals(string comment) => RuleProbe.Hits(new ProfanityRule(), comment).Select(h => h.Signal);

    [Theory]
    [InlineData("BPJS taeekkkkk!!! PROTES DOANK TANPA SOLUSI!!!")]
    [InlineData("pelayanan Samsat GOBLOKKK, antri dari subuh")]
    [InlineData("wasitnya gblk, offside jelas gak dianulir")]
    [InlineData("bngst lah, ongkos naik lagi")]
    public void Flags_stretched_capitalised_and_truncated_abusive_words(string comment) =>
        Signals(comment).Should().Contain(RuleSignals.Profanity);

    [Theory]
    [InlineData("Kemenkes mulut comberan, ngomong doang hebat")]
    [InlineData("kentut lah kau Kominfo, blokir sana sini")]
    [InlineData("pejabatnya otaknya di dengkul semua")]
    [InlineData("pelatih otak udang, strategi gak ada")]
    public void Flags_insults_built_from_ordinary_words(string comment) =>
        Signals(comment).Should().Contain(RuleSignals.Profanity);

    [Theory]
    [InlineData("jancuk, macet lagi macet lagi")]
    [InlineData("wasite asu tenan")]
    [InlineData("pukimak kau, kerja apa kau di sana")]
    [InlineData("dasar bangke, rakyat diperas terus")]
    [InlineData("DPR cok, tidur pas sidang")]
    public void Flags_regional_profanity(string comment) =>
        Signals(comment).Should().Contain(RuleSignals.Profanity);

    [Theory]
    [InlineData("PSSI anjing, pelayanan makin buruk")]
    [InlineData("dasar monyet lu")]
    public void Flags_animal_words_hurled_at_someone_or_something(string comment) =>
        Signals(comment).Should().Contain(RuleSignals.Profanity);

    [Theory]
    [InlineData("Anjing pelacak Polri dikerahkan mencari korban tertimbun")]
    [InlineData("Babi hutan merusak ladang jagung warga")]
    [InlineData("Kemacetan parah di Jalan Cokroaminoto sejak pagi")]
    [InlineData("Premi asuransi kesehatan naik tahun depan")]
    [InlineData("Ada tahi lalat kecil di pipinya")]
    [InlineData("Atlet taekwondo kita meraih emas")]
    [InlineData("Kebijakan BPJS ini ngawur dan tidak berpihak ke rakyat kecil")]
    public void Leaves_words_that_only_look_abusive_and_sharp_criticism_alone(string comment) =>
        Signals(comment).Should().BeEmpty();

    [Theory]
    [InlineData("Pelatih mengaku disebut goblok oleh oknum suporter usai laga")]
    [InlineData("Anak saya pulang menangis karena dikatai goblok oleh temannya")]
    [InlineData("Polisi memeriksa pengendara yang memaki petugas dengan sebutan tolol")]
    [InlineData("Netizen mengecam komentator yang menyebut atlet itu otak udang")]
    [InlineData("Polisi menangkap pria yang menyebut warga Papua monyet")]
    [InlineData("Kalau ada yang bilang orang Papua monyet, itu rasis")]
    [InlineData("Stop bilang orang Papua bodoh, itu rasis dan salah.")]
    [InlineData("Jangan bilang tetanggamu goblok cuma karena beda pilihan.")]
    [InlineData("Gue baca cuitan \"Cina anjing\" tadi pagi, bener-bener bikin sedih.")]
    [InlineData("Tadi ada yang teriak \"babi\" ke pemain Papua, memalukan.")]
    public void Reads_reported_abuse_as_the_counter_signal_not_as_profanity(string comment) =>
        Signals(comment).Should().Equal(RuleSignals.ReportedAbuse);

    [Fact]
    public void Flags_abuse_the_speaker_says_of_their_own() =>
        Signals("gw bilang lu goblok, baca dulu").Should().Equal(RuleSignals.Profanity);

    [Fact]
    public void Flags_abuse_hurled_beside_abuse_reported() =>
        Signals("katanya dia dikatai goblok, emang lu tolol kok").Should().Equal(RuleSignals.Profanity);

    [Theory]
    [InlineData("yang komen di atas otak udang, dikasih data malah ngeyel")]
    [InlineData("yg komen pertama idiot, beritanya aja gak dibaca")]
    public void Flags_abuse_of_a_commenter(string comment) =>
        Signals(comment).Should().Equal(RuleSignals.Profanity);

    [Theory]
    [InlineData("Orang Batak itu tidak bodoh, cuma beda cara ngomong")]
    [InlineData("wasitnya bukan goblok, aturannya memang begitu")]
    public void Leaves_abusive_words_that_are_denied(string comment) =>
        Signals(comment).Should().BeEmpty();
}
