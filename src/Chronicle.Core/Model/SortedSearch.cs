namespace Chronicle.Core.Model;

/// <summary>
/// Binary search over anything kept in order of position (tokens, spans, names, events): the stages look
/// things up by position instead of scanning a whole article, which would grow with the square of its length.
/// </summary>
internal static class SortedSearch
{
    /// <summary>
    /// The first index in [0, <paramref name="count"/>) whose key is at or after <paramref name="position"/>
    /// (<paramref name="count"/> when there is none). Keys must not decrease with the index. The key is read
    /// through <paramref name="state"/> so that a static lambda allocates nothing per call.
    /// </summary>
    public static int LowerBound<TState>(TState state, int count, int position, Func<TState, int, int> keyAt)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (keyAt(state, mid) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
