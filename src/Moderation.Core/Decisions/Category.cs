namespace Moderation.Decisions;

/// <summary>What a comment is held or rejected for: the legal categories of UU ITE / UU PDP, then site etiquette (see domain.md).</summary>
public enum Category
{
    Sexual,
    Gambling,
    Defamation,
    Extortion,
    Scam,
    Hate,
    FalseNews,
    Threat,
    PersonalData,
    Profanity,
    Insult,
    Spam,

    /// <summary>The comment breaks the wire contract's limits (empty or over-long text, a missing field).</summary>
    Invalid,
}
