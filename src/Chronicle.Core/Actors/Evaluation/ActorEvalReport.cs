using System.Globalization;

namespace Chronicle.Core.Actors.Evaluation;

/// <summary>How one occurrence of a gold form was read.</summary>
public enum OccurrenceOutcome
{
    /// <summary>A mention over it resolves to the gold actor.</summary>
    Correct,
    /// <summary>Resolves to the place whose state is the gold actor ("in Baghdad" for gold "Iraq").</summary>
    CorrectAsPlace,
    /// <summary>Inside a longer mention of another actor ("US" in "US-led coalition"): not counted.</summary>
    Nested,
    /// <summary>A mention over it resolves to another actor.</summary>
    Wrong,
    /// <summary>No mention over it.</summary>
    Missed,
}

public sealed record OccurrenceResult(string File, int Part, string GoldActor, string Form, int Start, OccurrenceOutcome Outcome, string? Got);

/// <summary>Precision and recall of the actors stage on the gold actors, per form occurrence.</summary>
public sealed record ActorEvalReport(
    IReadOnlyList<OccurrenceResult> Occurrences, int GoldActors, int GoldActorsResolved, int Forms, int FormsFound, IReadOnlyList<string> Unmapped)
{
    public int Count(OccurrenceOutcome o) => Occurrences.Count(x => x.Outcome == o);

    public int Correct => Count(OccurrenceOutcome.Correct) + Count(OccurrenceOutcome.CorrectAsPlace);

    /// <summary>Of the counted occurrences the stage resolved, the share resolved to the gold actor.</summary>
    public double Precision => Ratio(Correct, Correct + Count(OccurrenceOutcome.Wrong));

    /// <summary>Of all counted occurrences, the share resolved to the gold actor.</summary>
    public double Recall => Ratio(Correct, Correct + Count(OccurrenceOutcome.Wrong) + Count(OccurrenceOutcome.Missed));

    /// <summary>Precision when a capital read as a place does not count for its state.</summary>
    public double StrictPrecision => Ratio(Count(OccurrenceOutcome.Correct), Correct + Count(OccurrenceOutcome.Wrong));

    public double StrictRecall => Ratio(Count(OccurrenceOutcome.Correct), Correct + Count(OccurrenceOutcome.Wrong) + Count(OccurrenceOutcome.Missed));

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string Summary()
    {
        var ci = CultureInfo.InvariantCulture;
        return string.Join('\n',
            string.Format(ci, "gold actors resolved (every form found): {0}/{1}; forms found: {2}/{3}", GoldActorsResolved, GoldActors, FormsFound, Forms),
            string.Format(ci, "occurrences: {0} correct ({1} as the capital's place), {2} wrong, {3} missed, {4} nested (not counted)",
                Correct, Count(OccurrenceOutcome.CorrectAsPlace), Count(OccurrenceOutcome.Wrong), Count(OccurrenceOutcome.Missed), Count(OccurrenceOutcome.Nested)),
            string.Format(ci, "precision {0:0.000}  recall {1:0.000}  F1 {2:0.000}", Precision, Recall, F1),
            string.Format(ci, "strict (capital as place counts wrong): precision {0:0.000}  recall {1:0.000}", StrictPrecision, StrictRecall));
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
