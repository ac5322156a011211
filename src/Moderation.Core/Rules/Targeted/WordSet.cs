namespace Moderation.Rules.Targeted;

/// <summary>A closed class of words, looked up by span so that matching does not allocate.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public WordSet(params string[] words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _words)
        {
            _shapes.Add(word);
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayHold(word) && _lookup.Contains(word);

    public IEnumerable<string> Words => _words;
}
