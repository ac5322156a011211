namespace Moderation.Rules;

/// <summary>Substrings a rule needs to see before its patterns can match, searched for all at once in one pass.</summary>
/// <remarks>An Aho-Corasick automaton compiled to a table (ordinal, case-sensitive, like the rules' lower-case views): one
/// lookup per char whatever the number of words. <see cref="System.Buffers.SearchValues{T}"/> over the same words cost
/// about 1.5 us per set on a short comment, and a comment meets a dozen sets.</remarks>
internal sealed class TriggerWords
{
    private const int Found = -1;

    // Char -> column; chars no word contains (all of non-ASCII) share column 0.
    private readonly byte[] _columns = new byte[128];
    private readonly int _width;

    // Row-major transitions, each entry the next state's row offset (state * width) or Found.
    private readonly int[] _table;

    public TriggerWords(string[] words)
    {
        var list = words.ToArray();
        Words = list;
        if (list.Length == 0 || list.Any(w => w.Length == 0 || w.Any(c => c >= 128)))
        {
            throw new ArgumentException("Trigger words must be non-empty ASCII strings.", nameof(words));
        }

        var alphabet = list.SelectMany(w => w).Distinct().Order().ToArray();
        if (alphabet.Length > byte.MaxValue - 1)
        {
            throw new ArgumentException("Too many distinct chars in the trigger words.", nameof(words));
        }

        for (var i = 0; i < alphabet.Length; i++)
        {
            _columns[alphabet[i]] = (byte)(i + 1);
        }

        _width = alphabet.Length + 1;
        _table = Build(list, _columns, _width);
    }

    public IReadOnlyList<string> Words { get; }

    public bool AnyIn(ReadOnlySpan<char> text)
    {
        var table = _table;
        var columns = _columns;
        var row = 0;
        foreach (var c in text)
        {
            row = table[row + (c < 128 ? columns[c] : 0)];
            if (row == Found)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] Build(string[] words, byte[] columns, int width)
    {
        // The trie: goto[state][column], -1 where there is no edge.
        var edges = new List<int[]> { NewRow(width) };
        var ends = new List<bool> { false };
        foreach (var word in words)
        {
            var state = 0;
            foreach (var c in word)
            {
                var column = columns[c];
                if (edges[state][column] < 0)
                {
                    edges[state][column] = edges.Count;
                    edges.Add(NewRow(width));
                    ends.Add(false);
                }

                state = edges[state][column];
            }

            ends[state] = true;
        }

        // Breadth first: each state's failure link and completed transitions come from shallower states.
        var states = edges.Count;
        var next = new int[states * width];
        var fail = new int[states];
        var found = ends.ToArray();
        var queue = new Queue<int>();
        for (var column = 0; column < width; column++)
        {
            var child = edges[0][column];
            next[column] = child < 0 ? 0 : child;
            if (child > 0)
            {
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            found[state] |= found[fail[state]];
            for (var column = 0; column < width; column++)
            {
                var child = edges[state][column];
                if (child < 0)
                {
                    next[state * width + column] = next[fail[state] * width + column];
                    continue;
                }

                fail[child] = next[fail[state] * width + column];
                next[state * width + column] = child;
                queue.Enqueue(child);
            }
        }

        var table = new int[states * width];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = found[next[i]] ? Found : next[i] * width;
        }

        return table;
    }

    private static int[] NewRow(int width)
    {
        var row = new int[width];
        Array.Fill(row, -1);
        return row;
    }
}
