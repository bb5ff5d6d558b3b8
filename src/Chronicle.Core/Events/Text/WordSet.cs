using System.Collections.Frozen;

namespace Chronicle.Core.Events.Text;

/// <summary>A frozen set of lower-case words that can be probed with a span (no substring allocation).</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public static WordSet Of(params string[] words) => new(words);
}
