namespace Chronicle.Core.Model;

/// <summary>
/// A fixed set of spans (an article's sentences, actor mentions, time expressions, quotes) sorted by
/// start, so that the spans inside, around or overlapping a range are found by binary search instead of
/// a scan of the whole article: stages that ask this once per sentence, token or event would otherwise
/// grow with the square of an article's length. Answers are the indexes a full scan would find, ascending.
/// Spans are assumed well formed (End ≥ Start).
/// </summary>
internal sealed class SpanIndex
{
    private readonly (int Start, int End, int Index)[] _byStart;

    /// <summary>The longest span: a span reaching a range starts at most this far before it.</summary>
    private readonly int _maxLength;

    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        _byStart = [.. spans.Select((s, i) => (s.Start, s.End, i))];
        Array.Sort(_byStart);
        _maxLength = _byStart.Length == 0 ? 0 : Math.Max(0, _byStart.Max(s => s.End - s.Start));
    }

    /// <summary>Indexes of the spans that <paramref name="range"/> contains.</summary>
    public List<int> Within(TextSpan range) => Collect(range.Start, range.End, s => range.Contains(s));

    /// <summary>Indexes of the spans that contain <paramref name="range"/>.</summary>
    public List<int> Containing(TextSpan range) => Collect(range.End - _maxLength, range.Start, s => s.Contains(range));

    /// <summary>Indexes of the spans that overlap <paramref name="range"/>.</summary>
    public List<int> Overlapping(TextSpan range) => Collect(range.Start - _maxLength + 1, range.End - 1, s => s.Overlaps(range));

    /// <summary>Spans starting in [from, to] that fit.</summary>
    private List<int> Collect(int from, int to, Func<TextSpan, bool> fits)
    {
        var found = new List<int>();
        for (var k = SortedSearch.LowerBound(_byStart, _byStart.Length, from, static (spans, i) => spans[i].Start); k < _byStart.Length && _byStart[k].Start <= to; k++)
        {
            if (fits(new TextSpan(_byStart[k].Start, _byStart[k].End)))
            {
                found.Add(_byStart[k].Index);
            }
        }

        found.Sort();
        return found;
    }
}
