using Moderation.Rules.PersonalData;

namespace Moderation.Core.Tests.Rules;

public class NikNumberTests
{
    [Theory]
    [InlineData("3201011505900001")] // Jawa Barat, man born 15-05-90
    [InlineData("3174055508850002")] // DKI Jakarta, woman born 15-08-85 (day + 40)
    [InlineData("1101012902000001")] // Aceh, 29 February
    [InlineData("9401013112990123")] // a Papua province code
    public void Accepts_numbers_with_a_real_structure(string nik) => NikNumber.IsPlausible(nik).Should().BeTrue();

    [Theory]
    [InlineData("2001011505900001")] // province 20 does not exist
    [InlineData("3200011505900001")] // regency 00
    [InlineData("3201001505900001")] // district 00
    [InlineData("3201013205900001")] // day 32
    [InlineData("3201017205900001")] // day 72 (32 + 40)
    [InlineData("3201011513900001")] // month 13
    [InlineData("3201013102900001")] // 31 February
    [InlineData("3201011505900000")] // serial 0000
    [InlineData("320101150590001")]  // 15 digits
    public void Rejects_numbers_that_cannot_be_a_nik(string nik) => NikNumber.IsPlausible(nik).Should().BeFalse();
}
