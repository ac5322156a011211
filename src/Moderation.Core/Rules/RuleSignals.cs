namespace Moderation.Rules;

/// <summary>The policy signal names the rules emit ("rule:threat", ...), one per rule family.</summary>
public static class RuleSignals
{
    public const string Threat = "rule:threat";
    public const string Extortion = "rule:extortion";
    public const string PersonalData = "rule:personal-data";
    public const string Sexual = "rule:sexual";
    public const string Gambling = "rule:gambling";
    public const string Scam = "rule:scam";
    public const string Spam = "rule:spam";

    /// <summary>Abusive language, regional profanity and insults built from ordinary words, whoever they are aimed at.</summary>
    public const string Profanity = "rule:profanity";

    /// <summary>Abuse reported or quoted, none hurled ("dikatai goblok oleh suporter"); dampens profanity and insult.</summary>
    public const string ReportedAbuse = "rule:reported-abuse";

    /// <summary>Hate against a group protected by Pasal 28(2): a group named and something hateful said of it.</summary>
    public const string GroupHate = "rule:group-hate";

    /// <summary>Hate against a group the site protects although Pasal 28(2) does not name it (sexual orientation).</summary>
    public const string SiteHate = "rule:site-hate";

    /// <summary>Context that speaks against gambling ("judi online merusak keluarga"); dampens the model's gambling head.</summary>
    public const string GamblingOpposed = "rule:gambling-opposed";

    /// <summary>An animal word used literally ("anjing tetangga saya hilang", "babi hutan"); dampens profanity and insult.</summary>
    public const string LiteralAnimal = "rule:literal-animal";

    /// <summary>A call for unity or against hate ("jangan terprovokasi isu SARA"), or hate against a group quoted, reported or
    /// denounced ("miris baca komentar 'usir orang Cina'"); dampens hate.</summary>
    public const string CounterSpeech = "rule:counter-speech";

    /// <summary>Criticism aimed at an office, institution or policy rather than a person (MK 105/PUU-XXII/2024).</summary>
    public const string InstitutionalCriticism = "rule:institutional-criticism";

    /// <summary>An identifiable person joined to an accusation of a crime or a disgrace (Pasal 27A after MK 105/PUU-XXII/2024).</summary>
    public const string Defamation = "rule:defamation";

    /// <summary>A named public figure spoken of with no abusive word; dampens insult and hate, which the model learned to
    /// raise at politicians' names.</summary>
    public const string PublicFigure = "rule:public-figure";

    /// <summary>A protected group named with nothing hateful said of it and no abusive word; dampens the hate heads, which
    /// learned from 2018 tweets to rise at a group's name whatever is said of it.</summary>
    public const string GroupMention = "rule:group-mention";

    public static IReadOnlyList<string> All { get; } =
    [
        Threat, Extortion, PersonalData, Sexual, Gambling, Scam, Spam, GroupHate, SiteHate,
        Defamation, GamblingOpposed, LiteralAnimal, CounterSpeech, InstitutionalCriticism, PublicFigure, Profanity, ReportedAbuse,
        GroupMention,
    ];
}
