using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

public class SexualRemarkRuleTests
{
    private readonly SexualRemarkRule _rule = new();

    [Theory]
    [InlineData("Bodinya mulus banget, pengen gue pegang-pegang.", "Bodinya")]
    [InlineData("Mbak reporter ini toketnya gede, pengen remes.", "toketnya")]
    [InlineData("Bibir penyanyi itu seksi banget, pengen gue cium.", "Bibir")]
    [InlineData("Liat foto artis itu bikin sange.", "sange")]
    [InlineData("Toket mbak Nia gede banget.", "Toket")]
    [InlineData("Cantik banget mbaknya, pengen gue peluk.", "peluk")]
    public void Flags_remarks_on_a_body_with_desire_or_touching(string comment, string evidence)
    {
        RuleProbe.Confidence(_rule, comment).Should().BeInRange(0.5, 0.9);
        RuleProbe.Evidence(_rule, comment).Should().Contain(evidence);
    }

    [Theory]
    [InlineData("Mbak, kapan kita ngamar? Abang transfer deh.")]
    [InlineData("Dek, mau tidur bareng om malam ini?")]
    [InlineData("Neng, ayo ngewe sama abang.")]
    public void Flags_sexual_propositions(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Kind == "proposition" && h.Signal == RuleSignals.Sexual);

    [Theory]
    [InlineData("Dasar lonte, pantes suaminya kabur.", "lonte")]
    [InlineData("Kamu pelacur, jangan sok suci.", "pelacur")]
    [InlineData("Mbak yang di video itu jablay banget.", "jablay")]
    public void Flags_degrading_sexual_labels_for_a_person(string comment, string evidence) =>
        RuleProbe.Hits(_rule, comment).Should().Contain(h => h.Kind == "label" && h.Text == evidence);

    [Theory]
    [InlineData("Pemeriksaan payudara sejak dini bisa menyelamatkan nyawa.")]
    [InlineData("Lakukan SADARI, raba payudara sendiri setiap bulan untuk mendeteksi benjolan.")]
    [InlineData("Pendidikan seks di sekolah penting agar anak paham batas tubuhnya.")]
    [InlineData("Polisi menangkap pelaku yang meraba penumpang di KRL.")]
    [InlineData("Pelaku pelecehan yang memegang paha korban divonis dua tahun.")]
    [InlineData("Peluk erat anakmu sebelum berangkat sekolah.")]
    [InlineData("Saya mau tidur dulu, besok kerja pagi.")]
    [InlineData("Cantik banget pemandangan pantainya, pengen ke sana lagi.")]
    [InlineData("Kangen cucu, pengen peluk.")]
    [InlineData("Badan pegal setelah olahraga, enaknya berendam air hangat.")]
    [InlineData("Prostitusi online di apartemen itu digerebek polisi, para pelacur dan mucikari diamankan.")]
    public void Leaves_health_education_crime_reports_and_everyday_bodies_alone(string comment) =>
        RuleProbe.Hits(_rule, comment).Should().BeEmpty();
}
