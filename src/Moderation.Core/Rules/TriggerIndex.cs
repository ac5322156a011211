using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Moderation.Rules;

/// <summary>Up to 64 sets of <see cref="TriggerWords"/> searched for together: one Aho-Corasick automaton over the words of
/// every set, compiled to a table (one lookup per char whatever the number of words and sets), whose states know which sets
/// have a word ending there. The answer for a text, a bit per set, is kept per thread for the last two texts searched (a
/// comment's two views), so every rule that asks about the same view after the first is answered from memory.</summary>
/// <remarks>A <see cref="System.Buffers.SearchValues{T}"/> over one set's words cost about 1.5 us on a short comment, and one
/// automaton per set 0.1 us a view; the rules hold about 30 sets.</remarks>
internal sealed class TriggerIndex
{
    private const int MaxSets = 64;

    /// <summary>The index every rule's trigger words belong to.</summary>
    public static TriggerIndex Rules { get; } = new();

    [ThreadStatic]
    private static Memo? _memo;

    private readonly Lock _gate = new();
    private readonly List<string[]> _sets = [];
    private volatile Automaton? _automaton;

    /// <summary>Adds a set and returns its number, the bit it has in <see cref="SetsIn"/>'s answer.</summary>
    public int Add(string[] words)
    {
        lock (_gate)
        {
            if (_sets.Count == MaxSets)
            {
                throw new InvalidOperationException($"A trigger index holds at most {MaxSets} sets.");
            }

            _sets.Add(words);
            _automaton = null;
            return _sets.Count - 1;
        }
    }

    /// <summary>Which sets have a word in <paramref name="text"/>: bit n for the set numbered n.</summary>
    public ulong SetsIn(string text)
    {
        var automaton = _automaton ?? Build();
        var memo = _memo ??= new Memo();
        if (ReferenceEquals(memo.Automaton, automaton))
        {
            if (ReferenceEquals(memo.Text, text))
            {
                return memo.Sets;
            }

            if (ReferenceEquals(memo.OtherText, text))
            {
                return memo.OtherSets;
            }
        }
        else
        {
            memo.Automaton = automaton;
            memo.Text = null;
        }

        var sets = automaton.Search(text);
        (memo.OtherText, memo.OtherSets) = (memo.Text, memo.Sets);
        (memo.Text, memo.Sets) = (text, sets);
        return sets;
    }

    private Automaton Build()
    {
        lock (_gate)
        {
            return _automaton ??= new Automaton(_sets);
        }
    }

    private sealed class Memo
    {
        public Automaton? Automaton;
        public string? Text;
        public ulong Sets;
        public string? OtherText;
        public ulong OtherSets;
    }

    private sealed class Automaton
    {
        // Char -> column; chars no word contains (all of non-ASCII) share column 0.
        private readonly byte[] _columns = new byte[128];
        private readonly int _width;

        // Row-major transitions, each entry the next state's row offset (state * width), complemented (negative) where that state
        // ends a word of some set: the multiplication stays out of the chain of dependent loads, which sets the pace.
        private readonly int[] _next;

        // Per state, the sets with a word ending there (through failure links too).
        private readonly ulong[] _ends;

        public Automaton(IReadOnlyList<string[]> sets)
        {
            var alphabet = sets.SelectMany(words => words).SelectMany(w => w).Distinct().Order().ToArray();
            if (alphabet.Length > byte.MaxValue - 1)
            {
                throw new ArgumentException("Too many distinct chars in the trigger words.", nameof(sets));
            }

            for (var i = 0; i < alphabet.Length; i++)
            {
                _columns[alphabet[i]] = (byte)(i + 1);
            }

            _width = alphabet.Length + 1;
            (_next, _ends) = Compile(sets, _columns, _width);
        }

        public ulong Search(string text)
        {
            // Every entry is a row offset the table was built with, and every column is below the width: no bounds to check.
            ref var next = ref MemoryMarshal.GetArrayDataReference(_next);
            ref var columns = ref MemoryMarshal.GetArrayDataReference(_columns);
            var width = _width;
            var row = 0;
            var found = 0UL;
            foreach (var c in text)
            {
                row = Unsafe.Add(ref next, row + (c < 128 ? Unsafe.Add(ref columns, c) : 0));
                if (row < 0)
                {
                    row = ~row;
                    found |= _ends[row / width];
                }
            }

            return found;
        }

        private static (int[] Next, ulong[] Ends) Compile(IReadOnlyList<string[]> sets, byte[] columns, int width)
        {
            // The trie: goto[state][column], -1 where there is no edge.
            var edges = new List<int[]> { NewRow(width) };
            var ends = new List<ulong> { 0 };
            for (var set = 0; set < sets.Count; set++)
            {
                foreach (var word in sets[set])
                {
                    var state = 0;
                    foreach (var c in word)
                    {
                        var column = columns[c];
                        if (edges[state][column] < 0)
                        {
                            edges[state][column] = edges.Count;
                            edges.Add(NewRow(width));
                            ends.Add(0);
                        }

                        state = edges[state][column];
                    }

                    ends[state] |= 1UL << set;
                }
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

            for (var i = 0; i < next.Length; i++)
            {
                next[i] = found[next[i]] != 0 ? ~(next[i] * width) : next[i] * width;
            }

            return (next, found);
        }

        private static int[] NewRow(int width)
        {
            var row = new int[width];
            Array.Fill(row, -1);
            return row;
        }
    }
}
