namespace Moderation.Rules.Targeted;

/// <summary>What a comment can say of a target, as the functional tests of hate speech name it.</summary>
internal enum PredicateKind
{
    /// <summary>Calls the target vermin, filth or disease: "sampah", "monyet", "parasit".</summary>
    Dehumanisation,

    /// <summary>A negative attribute: "licik", "pemalas", "tidak tahu diri".</summary>
    Attribute,

    /// <summary>Profanity aimed at the target: "bangsat", "anjing".</summary>
    Profanity,

    /// <summary>The speaker's hate or disgust: "benci", "jijik sama", "menjijikkan".</summary>
    Emotion,

    /// <summary>A call to drive the target out or shut it out: "usir", "pulangkan", "tidak ada tempat untuk".</summary>
    Exclusion,

    /// <summary>A call for violence: "bunuh", "harus dibantai", "halal darahnya", "layak mati".</summary>
    Violence,

    /// <summary>A positive attribute, hateful only when denied: "tidak pernah bisa dipercaya", "bukan manusia".</summary>
    Positive,

    /// <summary>A word that labels the target with contempt: "dasar", "maklum", "namanya juga".</summary>
    Label,
}

/// <summary>The grammatical form of a verb predicate, which decides whether it calls for an act or reports one.</summary>
internal enum PredicateForm
{
    /// <summary>Not a verb, or a fixed phrase that is a call whatever surrounds it ("halal darahnya").</summary>
    Phrase,

    /// <summary>The bare stem, an imperative when it stands at the start or with "saja": "usir saja", "bunuh".</summary>
    Bare,

    /// <summary>The di- passive, a call only with a modal or "saja": "harus dibunuh", "dibakar saja" ("dibunuh" alone is news).</summary>
    Passive,

    /// <summary>The meN- active, a call only from a first person or with a modal: "kami akan membantai".</summary>
    Active,

    /// <summary>An act named as a noun, or as the active verb that opens a sentence as its subject: a call only when the comment
    /// sanctions or supports it ("saya mendukung pembantaian orang X", "membunuh orang X adalah tindakan yang benar"), news or
    /// condemnation otherwise ("pembantaian orang X tahun 1998 adalah tragedi").</summary>
    Deed,

    /// <summary>What befalls the target, a call only as a wish: "semoga semua orang X mati", "dunia lebih baik jika semua X
    /// punah" ("dua warga mati" alone is news).</summary>
    Wish,
}

/// <summary>Where the target stands relative to the predicate.</summary>
internal enum TargetSide
{
    /// <summary>The target comes first: "orang X itu sampah".</summary>
    Before,

    /// <summary>The predicate comes first: "benci sama orang X", "tidak ada tempat untuk orang X".</summary>
    After,

    Either,
}

/// <summary>One entry of the predicate lexicon.</summary>
internal sealed record Predicate(PredicateKind Kind, PredicateForm Form, TargetSide Side);
