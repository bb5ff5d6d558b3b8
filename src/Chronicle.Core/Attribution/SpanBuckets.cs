using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Spans filed under the 64-character blocks they cover, so that the spans overlapping or containing a
/// given span are found by looking in a few blocks instead of comparing it with every span: the rules
/// that compare each quote with the others would otherwise grow with the square of an article's length.
/// Answers are exactly those of a full scan, in the order the spans were added (spans well formed: End ≥ Start).
/// </summary>
internal sealed class SpanBuckets
{
    private const int Shift = 6;

    private readonly Dictionary<int, List<int>> _blocks = [];

    private readonly List<TextSpan> _spans = [];

    /// <summary>Files a span; returns its id (0, 1, 2 … in the order added).</summary>
    public int Add(TextSpan span)
    {
        var id = _spans.Count;
        _spans.Add(span);
        for (var b = FirstBlock(span.Start); b <= LastBlock(span.Start, span.End); b++)
        {
            if (!_blocks.TryGetValue(b, out var ids))
            {
                _blocks[b] = ids = [];
            }

            ids.Add(id);
        }

        return id;
    }

    /// <summary>Ids, in the order added, of the spans that overlap <paramref name="span"/>.</summary>
    public List<int> Overlapping(TextSpan span) => Collect(span.Start, span.End, s => s.Overlaps(span));

    /// <summary>Whether any span filed so far overlaps <paramref name="span"/> (stops at the first).</summary>
    public bool AnyOverlapping(TextSpan span)
    {
        for (var b = FirstBlock(span.Start); b <= LastBlock(span.Start, span.End); b++)
        {
            if (!_blocks.TryGetValue(b, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                if (_spans[id].Overlaps(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Ids, in the order added, of the spans that contain <paramref name="span"/>.</summary>
    /// <remarks>An empty span at x is contained by a span ending at x, which covers the character before it.</remarks>
    public List<int> Containing(TextSpan span) =>
        Collect(span.IsEmpty ? span.Start - 1 : span.Start, span.IsEmpty ? span.Start + 1 : span.End, s => s.Contains(span));

    // Blocks of the characters a span covers; an empty span is filed under the block of its position.
    private static int FirstBlock(int start) => start >> Shift;

    private static int LastBlock(int start, int end) => (end > start ? end - 1 : start) >> Shift;

    private List<int> Collect(int start, int end, Func<TextSpan, bool> fits)
    {
        var found = new List<int>();
        var first = FirstBlock(start);
        for (var b = first; b <= LastBlock(start, end); b++)
        {
            if (!_blocks.TryGetValue(b, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                // A long span is filed in many blocks: it is looked at only in the first block the query shares with it.
                var span = _spans[id];
                if (Math.Max(first, FirstBlock(span.Start)) == b && fits(span))
                {
                    found.Add(id);
                }
            }
        }

        found.Sort();
        return found;
    }
}
