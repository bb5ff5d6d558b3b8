using Chronicle.Core.Events.Text;

namespace Chronicle.Core.Events.Lexicon;

/// <summary>A trigger found in a sentence: tokens [First, Last] matched by <see cref="Entry"/>.</summary>
internal sealed record TriggerMatch(TriggerEntry Entry, int First, int Last);

/// <summary>
/// Finds triggers left to right; at each token the longest matching pattern wins and matches do not
/// overlap. Blockers win like any other match and are dropped from the result.
/// </summary>
internal static class TriggerMatcher
{
    private const int RequiresAfterWindow = 15;

    // What a trigger refers back to may sit further away in a long reported sentence.
    private const int RequiresBeforeWindow = 30;

    public static List<TriggerMatch> Find(DocumentView view, EventLexicon lexicon, int first, int end)
    {
        var found = new List<TriggerMatch>();
        var i = first;
        while (i < end)
        {
            TriggerMatch? best = null;
            foreach (var entry in lexicon.Starting(view.Word(i)))
            {
                var last = Match(view, entry.Pattern, 1, i + 1, end);
                if (last < 0)
                {
                    last = entry.Pattern.Count == 1 ? i : -1;
                }

                if (last < 0 || (entry.RequiresAfter is { } after && !Followed(view, after, last + 1, end))
                    || (entry.RequiresBefore is { } before && !Preceded(view, before, first, i)))
                {
                    continue;
                }

                // Longest wins; on a tie a noun reading wins ("meeting" is the noun far more often).
                if (best is null || last > best.Last || (last == best.Last && entry.Nominal && !best.Entry.Nominal))
                {
                    best = new TriggerMatch(entry, i, last);
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            // A capitalised trigger inside a sentence belongs to a name ("Popular Mobilization Forces").
            if (!best.Entry.IsBlocker && !(i > first && view.IsCapitalized(i)))
            {
                found.Add(best);
            }

            i = best.Last + 1;
        }

        return found;
    }

    /// <summary>Matches pattern[k..] from token <paramref name="t"/>; returns the last matched token or -1.</summary>
    private static int Match(DocumentView view, IReadOnlyList<PatternElement> pattern, int k, int t, int end)
    {
        if (k == pattern.Count)
        {
            return t - 1;
        }

        var element = pattern[k];
        if (element.IsGap)
        {
            for (var skip = 0; skip <= element.Gap && t + skip < end; skip++)
            {
                if (skip > 0 && IsHardPunct(view, t + skip - 1))
                {
                    break;
                }

                var r = Match(view, pattern, k + 1, t + skip, end);
                if (r >= 0)
                {
                    return r;
                }
            }

            return -1;
        }

        return t < end && element.Words!.Contains(view.Word(t)) ? Match(view, pattern, k + 1, t + 1, end) : -1;
    }

    private static bool IsHardPunct(DocumentView view, int t) => view.IsPunct(t) && view.Raw(t) is "." or ";" or ":" or "," or "\u2014";

    private static bool Preceded(DocumentView view, WordSet words, int first, int before)
    {
        for (var t = before - 1; t >= first && t >= before - RequiresBeforeWindow; t--)
        {
            if (words.Contains(view.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Followed(DocumentView view, WordSet words, int from, int end)
    {
        for (var t = from; t < end && t < from + RequiresAfterWindow; t++)
        {
            if (words.Contains(view.Word(t)))
            {
                return true;
            }
        }

        return false;
    }
}
