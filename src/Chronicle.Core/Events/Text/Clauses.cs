namespace Chronicle.Core.Events.Text;

/// <summary>
/// Splits a sentence's tokens into clauses with surface cues: semicolons, colons and dashes; a
/// subordinator ("that", "which", "if", "because"); a comma followed by a clause opener (", and",
/// ", with", ", while"); "according to"; and "in response to" / "in retaliation for", which open the
/// event answered ("ordered airstrikes in response to the killing of three soldiers": the soldiers are
/// not the strikes' targets). Participants and modality are read within a clause.
/// </summary>
internal sealed class Clauses
{
    private readonly int[] _starts;
    private readonly int _end;

    private Clauses(int[] starts, int end)
    {
        _starts = starts;
        _end = end;
    }

    public int Count => _starts.Length;

    public static Clauses Split(DocumentView view, int first, int end)
    {
        var starts = new List<int> { first };
        for (var t = first + 1; t < end; t++)
        {
            var prev = view.Raw(t - 1);
            var word = view.Word(t);
            var isBoundary =
                (view.IsPunct(t - 1) && prev is ";" or ":" or "\u2014" or "\u2013")
                || Cues.Subordinator.Contains(word)
                || word.SequenceEqual("according")
                || (word.SequenceEqual("in") && view.Word(t + 1) is "response" or "retaliation" or "reaction")
                || (prev is "," && Cues.ClauseOpener.Contains(word));
            if (isBoundary && t > starts[^1])
            {
                starts.Add(t);
            }
        }

        return new Clauses([.. starts], end);
    }

    /// <summary>Index of the clause holding token <paramref name="t"/>.</summary>
    public int IndexOf(int t)
    {
        var i = Array.BinarySearch(_starts, t);
        return i >= 0 ? i : ~i - 1;
    }

    public int Start(int clause) => _starts[clause];

    public int End(int clause) => clause + 1 < _starts.Length ? _starts[clause + 1] : _end;
}
