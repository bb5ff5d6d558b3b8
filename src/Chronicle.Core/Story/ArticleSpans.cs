namespace Chronicle.Core.Story;

/// <summary>
/// Spans of one article (its sentences, its actor mentions) sorted by start, so that each of the
/// thousands of events a long article can hold finds its sentence and the actors inside it by binary
/// search instead of a scan of the whole article. Answers are the indexes a full scan would find, in order.
/// </summary>
internal sealed class ArticleSpans
{
    private readonly (int Start, int End, int Index)[] _byStart;

    /// <summary>The longest span: a span containing a range starts at most this far before the range ends.</summary>
    private readonly int _maxLength;

    public ArticleSpans(IEnumerable<(int Start, int End)> spans)
    {
        _byStart = [.. spans.Select((s, i) => (s.Start, s.End, i))];
        Array.Sort(_byStart);
        _maxLength = _byStart.Length == 0 ? 0 : Math.Max(0, _byStart.Max(s => s.End - s.Start));
    }

    /// <summary>Indexes, ascending, of the spans that lie inside [start, end].</summary>
    public List<int> Within(int start, int end) => Collect(start, end, s => s.Start >= start && s.End <= end);

    /// <summary>Indexes, ascending, of the spans that contain [start, end].</summary>
    public List<int> Containing(int start, int end) => Collect(end - _maxLength, start, s => s.Start <= start && s.End >= end);

    /// <summary>Spans starting in [from, to] that fit.</summary>
    private List<int> Collect(int from, int to, Func<(int Start, int End, int Index), bool> fits)
    {
        var found = new List<int>();
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_byStart[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < _byStart.Length && _byStart[k].Start <= to; k++)
        {
            if (fits(_byStart[k]))
            {
                found.Add(_byStart[k].Index);
            }
        }

        found.Sort();
        return found;
    }
}
