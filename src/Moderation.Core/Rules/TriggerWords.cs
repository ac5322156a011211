namespace Moderation.Rules;

/// <summary>Substrings a rule needs to see before its patterns can match (ordinal, case-sensitive, like the rules' lower-case
/// views).</summary>
/// <remarks>Each set belongs to a <see cref="TriggerIndex"/> that searches a text for all of its sets at once and remembers the
/// answer for the text, so the rules' sets cost one pass per view of a comment, not one per set and view. A set made on its
/// own has an index of its own.</remarks>
internal sealed class TriggerWords
{
    private readonly TriggerIndex _index;
    private readonly ulong _bit;

    public TriggerWords(string[] words)
        : this(words, new TriggerIndex())
    {
    }

    public TriggerWords(string[] words, TriggerIndex index)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length == 0 || words.Any(w => w.Length == 0 || w.Any(c => c >= 128)))
        {
            throw new ArgumentException("Trigger words must be non-empty ASCII strings.", nameof(words));
        }

        var list = words.ToArray();
        Words = list;
        _index = index;
        _bit = 1UL << index.Add(list);
    }

    public IReadOnlyList<string> Words { get; }

    public bool AnyIn(string text) => (_index.SetsIn(text) & _bit) != 0;
}
