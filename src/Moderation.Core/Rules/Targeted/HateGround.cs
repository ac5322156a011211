namespace Moderation.Rules.Targeted;

/// <summary>The grounds of UU ITE Pasal 28 ayat (2) as amended by UU 1/2024 (wire names of a hate reason's kind), and the
/// ground a news site protects by its own rules although the article does not name it.</summary>
public static class HateGround
{
    public const string Race = "race";
    public const string Nationality = "nationality";
    public const string Ethnicity = "ethnicity";
    public const string SkinColour = "skin-colour";
    public const string Religion = "religion";
    public const string Belief = "belief";
    public const string Gender = "gender";
    public const string Disability = "disability";

    /// <summary>Site policy, not Pasal 28(2): the article does not name sexual orientation or gender identity.</summary>
    public const string SexualOrientation = "sexual-orientation";

    public static IReadOnlyList<string> Legal { get; } = [Race, Nationality, Ethnicity, SkinColour, Religion, Belief, Gender, Disability];
}
