namespace Chronicle.Core.Story;

/// <summary>
/// The lookup keys that keep adding an article cheap however large the story grows: clusters are found
/// by type and shared actor (and month, for dated mentions), or by type and source–target pair where the
/// matcher needs both, instead of by scanning every cluster.
/// </summary>
internal static class StoryIndex
{
    /// <summary>
    /// The version of the key scheme below. A story saved with another version has its event index rebuilt
    /// from its clusters when it is next updated (<see cref="Rebuild"/>).
    /// </summary>
    public const int Version = 2;

    /// <summary>Month keys are only worth it for ranges up to a year; longer ranges use the actor key alone.</summary>
    private const int MaxMonths = 12;

    /// <summary>
    /// Keys under which the clusters a mention can merge into are filed (a superset of them; the matcher
    /// decides). Dated: the clusters of its type and actor dated in the same months or vaguely, and the
    /// undated ones with the same source and target (the matcher needs both for an undated side). Undated:
    /// the clusters with the same source and target; with no source or no target, every cluster of its
    /// type and actor.
    /// </summary>
    public static IEnumerable<string> LookupKeys(EventMember m)
    {
        var actors = Actors(m.Sources.Concat(m.Targets));
        var pairs = Pairs(m.Type, m.Sources, m.Targets);
        var range = EventMatcher.TextTime(m);
        var months = Months(range);
        if (months.Count > 0 && months[0] != Long)
        {
            foreach (var actor in actors)
            {
                var basis = m.Type + "|" + actor;
                foreach (var month in months)
                {
                    yield return basis + "|" + month;
                }

                yield return basis + "|" + Long;
            }

            foreach (var key in pairs.Count > 0 ? pairs.Select(p => p + "|-") : actors.Select(a => m.Type + "|" + a + "|-"))
            {
                yield return key;
            }
        }
        else if (range is null && pairs.Count > 0)
        {
            foreach (var pair in pairs)
            {
                yield return pair;
            }
        }
        else
        {
            foreach (var actor in actors)
            {
                yield return m.Type + "|" + actor; // every cluster of this type and actor
            }
        }
    }

    /// <summary>
    /// Files the cluster at <paramref name="position"/> under the keys of what it now holds (<paramref name="facts"/>
    /// caught up with its members): every actor, its range's months (or "-" while undated), every
    /// source–target pair. Only keys not filed for this cluster through <paramref name="facts"/> before are added.
    /// </summary>
    public static void RegisterCluster(Dictionary<string, List<int>> index, string type, EventMatcher.ClusterFacts facts, int position)
    {
        var sources = facts.Sources;
        var targets = facts.Targets;
        var dated = facts.Range is not null;
        var months = Months(facts.Range);
        var (oldSources, oldTargets, wasDated) = facts.Filed;
        var redo = dated != wasDated; // newly dated: the month keys are due for every actor
        foreach (var (list, from) in new[] { (sources, redo ? 0 : oldSources), (targets, redo ? 0 : oldTargets) })
        {
            for (var i = from; i < list.Count; i++)
            {
                var basis = type + "|" + list[i].ToLowerInvariant();
                Register(index, basis, position);
                if (!dated)
                {
                    Register(index, basis + "|-", position);
                }

                foreach (var month in months)
                {
                    Register(index, basis + "|" + month, position);
                }
            }
        }

        for (var s = 0; s < sources.Count; s++)
        {
            for (var t = s < oldSources ? oldTargets : 0; t < targets.Count; t++)
            {
                var pair = Pair(type, sources[s], targets[t]);
                Register(index, pair, position);
                if (!dated)
                {
                    Register(index, pair + "|-", position);
                }
            }
        }

        facts.Filed = (sources.Count, targets.Count, dated);
    }

    /// <summary>Files every cluster again under the current key scheme (a story saved by an older version).</summary>
    public static void Rebuild(StoryState state)
    {
        state.EventKeys.Clear();
        for (var position = 0; position < state.Events.Count; position++)
        {
            var cluster = state.Events[position];
            var facts = new EventMatcher.ClusterFacts();
            facts.CatchUp(cluster);
            RegisterCluster(state.EventKeys, cluster.Members[0].Type, facts, position);
        }

        state.IndexVersion = Version;
    }

    private const string Long = "long";

    private static List<string> Actors(IEnumerable<string> names) =>
        [.. names.Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static List<string> Pairs(string type, IReadOnlyList<string> sources, IReadOnlyList<string> targets)
    {
        var pairs = new List<string>(sources.Count * targets.Count);
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                var pair = Pair(type, s, t);
                if (!pairs.Contains(pair))
                {
                    pairs.Add(pair);
                }
            }
        }

        return pairs;
    }

    private static string Pair(string type, string source, string target) =>
        type + "|" + source.ToLowerInvariant() + ">" + target.ToLowerInvariant();

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
            Register(index, key, position);
        }
    }

    private static void Register(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        // Lists stay sorted: a new cluster goes last, an older one that gains a key is inserted in order
        // (a binary search, not a scan: common keys hold thousands of clusters).
        if (list.Count == 0 || list[^1] < position)
        {
            list.Add(position);
        }
        else if (list.BinarySearch(position) is var at and < 0)
        {
            list.Insert(~at, position);
        }
    }

    /// <summary>Cluster positions under any of the keys, in creation order (so results equal a full scan's).</summary>
    public static IEnumerable<int> Lookup(Dictionary<string, List<int>> index, IEnumerable<string> keys) =>
        keys.SelectMany(k => index.TryGetValue(k, out var list) ? list : []).Distinct().Order();

    private static List<string> Months(DateRange? range)
    {
        if (range is not { } r)
        {
            return [];
        }

        var first = new DateOnly(r.Start.Year, r.Start.Month, 1);
        var last = new DateOnly(r.End.Year, r.End.Month, 1);
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        if (count > MaxMonths)
        {
            return [Long]; // year-long or vaguer: all such clusters share one bucket
        }

        var months = new List<string>(count);
        for (var d = first; d <= last; d = d.AddMonths(1))
        {
            months.Add(d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }

        return months;
    }
}
