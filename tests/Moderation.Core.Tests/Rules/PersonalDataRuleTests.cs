using Moderation.Rules;
using Moderation.Rules.PersonalData;

namespace Moderation.Core.Tests.Rules;

public class PersonalDataRuleTests
{
    [Theory]
    [InlineData("wartawan itu nomornya 081234567890 teror aja", "081234567890")]
    [InlineData("hubungi 0812-3456-7890", "0812-3456-7890")]
    [InlineData("WA dia +62 812 3456 7890", "+62 812 3456 7890")]
    [InlineData("nomor 6281234567890 aktif", "6281234567890")]
    [InlineData("nomornya 0812.3456.7890 sebar", "0812.3456.7890")]
    [InlineData("WA 62.812.3456.7890 aja", "62.812.3456.7890")]
    public void Finds_indonesian_mobile_numbers(string comment, string evidence)
    {
        var hit = RuleProbe.Hits(new PhoneNumberRule(), comment).Should().ContainSingle().Subject;
        hit.Text.Should().Be(evidence);
        hit.Kind.Should().Be("phone");
        hit.Signal.Should().Be(RuleSignals.PersonalData);
    }

    [Theory]
    [InlineData("harga naik jadi Rp 50.000 tahun 2024")]
    [InlineData("rapat jam 08.00 WIB di ruang 12")]
    [InlineData("Pasal 27 ayat (3) UU 19/2016")]
    [InlineData("nomor perkara 0812/Pid.B/2024/PN")]
    public void Ignores_prices_years_times_and_article_numbers(string comment) =>
        RuleProbe.Hits(new PhoneNumberRule(), comment).Should().BeEmpty();

    [Theory]
    [InlineData("Kerugian negara mencapai Rp 62.850.000.000 menurut BPK")]
    [InlineData("Anggaran Rp62.812.500.000 itu terlalu besar")]
    [InlineData("APBD Rp 1.081.250.000.000 akhirnya disahkan")]
    [InlineData("dana hibah 62.812.500.000 belum cair")]
    [InlineData("total IDR 6281250000000 dikorupsi")]
    public void Ignores_rupiah_amounts_that_start_like_a_mobile_number(string comment) =>
        RuleProbe.Hits(new PhoneNumberRule(), comment).Should().BeEmpty();

    [Theory]
    [InlineData("Hub ０８１２－３４５６－７８９０ ya", "０８１２－３４５６－７８９０")]
    [InlineData("hubungi 0812\u20133456\u20137890 sekarang", "0812\u20133456\u20137890")]
    [InlineData("WA \uFF0B62 812 3456 7890", "\uFF0B62 812 3456 7890")]
    public void Finds_a_mobile_number_written_with_fullwidth_forms_or_dashes(string comment, string evidence) =>
        RuleProbe.Evidence(new PhoneNumberRule(), comment).Should().Equal(evidence);

    [Theory]
    [InlineData("NIK wartawan itu 3201011505900001 sebarin", "3201011505900001")]
    [InlineData("nik: 3174 0555 0885 0002", "3174 0555 0885 0002")]
    public void Finds_a_nik_with_a_plausible_structure(string comment, string evidence) =>
        RuleProbe.Hits(new NikRule(), comment).Should().ContainSingle().Which.Text.Should().Be(evidence);

    [Theory]
    [InlineData("nomor resi 3201013205900001 belum sampai")]
    [InlineData("kode 1234567890123456 salah")]
    [InlineData("angka 32010115059000012 terlalu panjang")]
    public void Ignores_sixteen_digits_that_cannot_be_a_nik(string comment) =>
        RuleProbe.Hits(new NikRule(), comment).Should().BeEmpty();

    [Fact]
    public void Finds_an_email_address() =>
        RuleProbe.Evidence(new EmailRule(), "email wartawannya budi.santoso@gmail.com serbu aja").Should().Equal("budi.santoso@gmail.com");

    [Theory]
    [InlineData("email dia budi＠gmail．com", "budi＠gmail．com")]
    [InlineData("kirim ke budi\uFE6Bgmail\uFE52com", "budi\uFE6Bgmail\uFE52com")]
    public void Finds_an_email_address_written_with_fullwidth_or_small_punctuation(string comment, string evidence) =>
        RuleProbe.Evidence(new EmailRule(), comment).Should().Equal(evidence);

    [Fact]
    public void Finds_a_street_address_with_number_and_neighbourhood()
    {
        var hits = RuleProbe.Hits(new StreetAddressRule(), "Rumahnya di Jl. Mawar No. 12 RT 03 RW 05 Bandung");
        hits.Select(h => h.Text).Should().Equal("Jl. Mawar No. 12", "RT 03 RW 05");
        hits.Should().OnlyContain(h => h.Confidence >= 0.9 && h.Kind == "address");
    }

    [Theory]
    [InlineData("Jalan Sudirman macet parah tiap sore")]
    [InlineData("jalan tol Cipali rusak lagi")]
    public void Ignores_a_street_without_a_number(string comment) =>
        RuleProbe.Hits(new StreetAddressRule(), comment).Should().BeEmpty();

    [Fact]
    public void Finds_a_bank_account_next_to_a_bank_name()
    {
        var hit = RuleProbe.Hits(new BankAccountRule(), "rekening BCA 1234567890 a.n. Budi").Should().ContainSingle().Subject;
        hit.Text.Should().Be("rekening BCA 1234567890");
        hit.Kind.Should().Be("bank-account");
    }

    [Fact]
    public void Ignores_a_bank_mentioned_with_a_year() =>
        RuleProbe.Hits(new BankAccountRule(), "laba BRI naik pada 2024 menjadi 60 triliun").Should().BeEmpty();
}
