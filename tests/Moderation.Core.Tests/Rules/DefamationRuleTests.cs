using Moderation.Rules;
using Moderation.Rules.People;

namespace Moderation.Core.Tests.Rules;

public class DefamationRuleTests
{
    private readonly DefamationRule _rule = new();

    [Theory]
    [InlineData("Pak Lurah Darmin itu maling, dana bantuan dia pakai beli mobil.", "Pak Lurah Darmin", "maling")]
    [InlineData("Bidan Yuni di klinik Sejahtera itu pembohong dan pernah bikin bayi meninggal.", "Bidan Yuni", "pembohong")]
    [InlineData("Kepala desa Wartono korupsi dana desa, semua warga tahu.", "Kepala desa Wartono", "korupsi")]
    [InlineData("Dokter di Puskesmas Cibinong itu pemabuk, jangan berobat ke sana.", "Dokter di Puskesmas Cibinong", "pemabuk")]
    [InlineData("Kades Suparman memang terima suap dari pengembang perumahan.", "Kades Suparman", "terima suap")]
    [InlineData("Pak Darto ketua koperasi itu maling uang anggota.", "Pak Darto", "maling")]
    [InlineData("Bu Ratna guru SD itu selingkuh sama kepala sekolahnya.", "Bu Ratna", "selingkuh")]
    [InlineData("Pak Budi tetangga gue itu tukang selingkuh.", "Pak Budi", "tukang selingkuh")]
    [InlineData("Si Andi mantan pacar gue itu pemakai narkoba.", "Si Andi", "pemakai narkoba")]
    public void Flags_an_accusation_against_an_identifiable_person_with_both_spans(string comment, string person, string accusation)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeInRange(0.5, 0.9);
        RuleProbe.Evidence(_rule, comment).Should().Contain([person, accusation]);
        RuleProbe.Hits(_rule, comment).Should().OnlyContain(h => h.Signal == RuleSignals.Defamation);
    }

    [Fact]
    public void Names_the_kind_of_accusation()
    {
        RuleProbe.Hits(_rule, "Pak Darmin itu maling").Should().OnlyContain(h => h.Kind == "crime");
        RuleProbe.Hits(_rule, "Pak Darmin itu pemabuk").Should().OnlyContain(h => h.Kind == "disgrace");
    }

    [Theory]
    [InlineData("DPR isinya orang yang tidak peduli rakyat, maling semua.")]
    [InlineData("Koruptor harus dimiskinkan dan dipenjara seumur hidup.")]
    [InlineData("Semua pejabat itu maling.")]
    public void Leaves_institutions_offices_and_general_statements_alone(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("KPK menetapkan Bupati Hartono sebagai tersangka korupsi dana hibah.")]
    [InlineData("Polisi menangkap Kepala desa Wartono atas dugaan penggelapan dana desa.")]
    [InlineData("Menurut jaksa, Pak Camat Hendra menerima suap dua ratus juta.")]
    [InlineData("Hakim memvonis Bupati Hartono enam tahun penjara karena korupsi.")]
    public void Leaves_reports_that_cite_an_authority_alone(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kalau terbukti Pak Darmin korupsi, harus diproses secara hukum.")]
    [InlineData("Jika benar Bu Ratna berselingkuh, biar keluarganya yang menyelesaikan.")]
    public void Leaves_conditionals_alone(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("Dana otsus harus diaudit, jangan sampai dikorupsi pejabat lokal.")]
    [InlineData("Bansos rawan dikorupsi kepala desa setempat, warga harus mengawasi.")]
    public void Leaves_risks_to_prevent_alone(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();

    [Theory]
    [InlineData("Pak Darmin bukan maling, dia justru yang melaporkan penyelewengan.")]
    [InlineData("Pak Mahfud sejak dulu memberantas korupsi di kementerian.")]
    [InlineData("Jokowi tidak becus urus harga cabai.")]
    [InlineData("Pak Herman tidak pernah korupsi selama menjabat.")]
    public void Leaves_denials_fights_against_crime_and_criticism_of_performance_alone(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();
}
