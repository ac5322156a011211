namespace Moderation.Rules.PersonalData;

/// <summary>The structure of a Nomor Induk Kependudukan: province, regency, district, birth date (day + 40 for women), serial.</summary>
public static class NikNumber
{
    // Kemendagri province codes, including the Papua provinces created in 2022 (93..96).
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94, 95, 96,
    ];

    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>True when 16 digits could be a real NIK; <paramref name="digits"/> holds exactly the digits.</summary>
    public static bool IsPlausible(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 16)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        if (!Provinces.Contains(Two(digits, 0)) || Two(digits, 2) == 0 || Two(digits, 4) == 0)
        {
            return false;
        }

        var day = Two(digits, 6);
        if (day > 40)
        {
            day -= 40;
        }

        var month = Two(digits, 8);
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth[month - 1])
        {
            return false;
        }

        return !digits[12..].SequenceEqual("0000");
    }

    private static int Two(ReadOnlySpan<char> digits, int at) => ((digits[at] - '0') * 10) + (digits[at + 1] - '0');
}
