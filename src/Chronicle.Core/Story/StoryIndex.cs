namespace Chronicle.Core.Story;

/// <summary>
/// The lookup keys that keep adding an article cheap however large the story grows: clusters are found
/// by type and shared actor (and month, for dated mentions) instead of by scanning every cluster.
/// </summary>
internal static class StoryIndex
{
    /// <summary>Month keys are only worth it for ranges up to a year; longer ranges use the actor key alone.</summary>
    private const int MaxMonths = 12;

    public static IEnumerable<string> EventKeys(EventMember m, bool forLookup)
    {
        var actors = m.Sources.Concat(m.Targets).Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var months = Months(m).ToList();
        foreach (var actor in actors)
        {
            var basis = m.Type + "|" + actor;
            if (forLookup)
            {
                // Dated: clusters in the same months, plus undated clusters of that actor.
                if (months.Count > 0 && months[0] != "long")
                {
                    foreach (var month in months)
                    {
                        yield return basis + "|" + month;
                    }

                    yield return basis + "|long";
                    yield return basis + "|-";
                }
                else
                {
                    yield return basis; // undated: every cluster of this type and actor
                }
            }
            else
            {
                yield return basis;
                if (months.Count == 0)
                {
                    yield return basis + "|-";
                }

                foreach (var month in months)
                {
                    yield return basis + "|" + month;
                }
            }
        }
    }

    /// <summary>
    /// Keys of a commitment: its action, "ACTION|party" for each party, and "ACTION|*" when no party is
    /// named. A lookup for a commitment that names nobody must see every commitment of its action.
    /// </summary>
    public static IEnumerable<string> CommitmentKeys(string action, IEnumerable<string> who, bool forLookup)
    {
        var parties = who.Select(w => action + "|" + w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (forLookup)
        {
            return parties.Count == 0 ? [action] : [.. parties, action + "|*"];
        }

        return parties.Count == 0 ? [action, action + "|*"] : [action, .. parties];
    }

    public static void Register(Dictionary<string, List<int>> index, IEnumerable<string> keys, int position)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != position)
            {
                if (!list.Contains(position))
                {
                    list.Add(position);
                }
            }
        }
    }

    /// <summary>Cluster positions under any of the keys, in creation order (so results equal a full scan's).</summary>
    public static IEnumerable<int> Lookup(Dictionary<string, List<int>> index, IEnumerable<string> keys) =>
        keys.SelectMany(k => index.TryGetValue(k, out var list) ? list : []).Distinct().Order();

    private static IEnumerable<string> Months(EventMember m)
    {
        if (EventMatcher.TextTime(m) is not { } range)
        {
            yield break;
        }

        var first = new DateOnly(range.Start.Year, range.Start.Month, 1);
        var last = new DateOnly(range.End.Year, range.End.Month, 1);
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        if (count > MaxMonths)
        {
            yield return "long"; // year-long or vaguer: all such clusters share one bucket
            yield break;
        }

        for (var d = first; d <= last; d = d.AddMonths(1))
        {
            yield return d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
