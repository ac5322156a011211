namespace Moderation.Rules.Targeted;

/// <summary>Phrases of one or more words, each with a value, matched word by word at a position of a tokenised comment; the
/// longest phrase wins. Lookups go by span, so matching does not allocate.</summary>
internal sealed class PhraseTable<T>
    where T : class
{
    private readonly Node _root = new();
    private readonly List<string> _phrases = [];

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            var node = _root;
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node.Child(word);
            }

            // The first entry of a phrase wins, so a list can put its precise readings first.
            node.Value ??= value;
            _phrases.Add(phrase);
        }
    }

    /// <summary>How many words of the longest phrase that starts at <paramref name="index"/> (0 when none), and its value.</summary>
    public int Match(string text, List<CommentToken> tokens, int index, out T? value)
    {
        value = null;
        var length = 0;
        var node = _root;
        for (var i = index; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!node.TryGet(token.In(text), out var next))
            {
                break;
            }

            node = next;
            if (node.Value is not null)
            {
                value = node.Value;
                length = i - index + 1;
            }
        }

        return length;
    }

    /// <summary>Whether one word alone is a phrase of the table.</summary>
    public bool Contains(ReadOnlySpan<char> word, out T? value)
    {
        value = null;
        if (_root.TryGet(word, out var node) && node.Value is not null)
        {
            value = node.Value;
            return true;
        }

        return false;
    }

    /// <summary>Every phrase of the table.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Every word that begins a phrase, for screening comments before they are tokenised.</summary>
    public IEnumerable<string> FirstWords => _root.Words;

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private WordShapes _shapes;

        public T? Value { get; set; }

        public IEnumerable<string> Words => _children?.Keys ?? Enumerable.Empty<string>();

        public Node Child(string word)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.Ordinal);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!_children.TryGetValue(word, out var child))
            {
                _children[word] = child = new Node();
                _shapes.Add(word);
            }

            return child;
        }

        public bool TryGet(ReadOnlySpan<char> word, out Node next)
        {
            if (_children is null || !_shapes.MayHold(word))
            {
                next = null!;
                return false;
            }

            return _lookup.TryGetValue(word, out next!);
        }
    }
}
