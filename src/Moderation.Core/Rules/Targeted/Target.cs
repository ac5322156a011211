namespace Moderation.Rules.Targeted;

/// <summary>Who a comment speaks of.</summary>
internal enum TargetKind
{
    /// <summary>A protected group: "orang Batak", "kaum gay", "umat Hindu", "cina-cina".</summary>
    Group,

    /// <summary>A word that refers back to a group named earlier: "mereka", "kaum itu".</summary>
    Pronoun,

    /// <summary>A person: a pronoun, a role ("menteri itu"), a name ("Pak Darmin").</summary>
    Person,

    /// <summary>The newsroom and its people: "redaksi ini", "wartawannya", "penulis berita ini".</summary>
    Newsroom,
}

/// <summary>A target found in a comment: tokens [First, End) and, for a group or a word that refers to one, the group's term.</summary>
internal readonly record struct Target(int First, int End, TargetKind Kind, GroupTerm? Group)
{
    public bool IsGroup => Kind is TargetKind.Group or TargetKind.Pronoun;
}
