using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

/// <summary>
/// Decides whether a new event mention describes the same real-world event as an existing cluster:
/// same type, same kind of modality, compatible actors, time and place. Conservative: when the text
/// gives no date, both mentions must name the same source and target actors and the same place.
/// Returns the reasons when it merges, null when it does not.
/// </summary>
public static class EventMatcher
{
    public static string? Match(EventCluster cluster, EventMember candidate) => Match(cluster, candidate, new ClusterFacts());

    /// <summary>As <see cref="Match(EventCluster, EventMember)"/>, with what the cluster's members share kept up to date in <paramref name="facts"/>.</summary>
    internal static string? Match(EventCluster cluster, EventMember candidate, ClusterFacts facts)
    {
        var first = cluster.Members[0];
        if (!string.Equals(first.Type, candidate.Type, StringComparison.Ordinal))
        {
            return null;
        }

        if (ModalityFamily(first.Modality) != ModalityFamily(candidate.Modality) || first.Negated != candidate.Negated)
        {
            return null;
        }

        facts.CatchUp(cluster);
        var sources = facts.Sources;
        var targets = facts.Targets;
        var sharesSource = ActorSets.Overlap(sources, candidate.Sources);
        var sharesTarget = ActorSets.Overlap(targets, candidate.Targets);
        if ((sources.Count > 0 && candidate.Sources.Count > 0 && !sharesSource)
            || (targets.Count > 0 && candidate.Targets.Count > 0 && !sharesTarget)
            || !(sharesSource || sharesTarget))
        {
            return null;
        }

        var place = facts.Place;
        if (place is not null && candidate.Place is not null && !string.Equals(place, candidate.Place, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var clusterRange = facts.Range;
        var candidateRange = TextTime(candidate);
        string when;
        if (clusterRange is { } a && candidateRange is { } b)
        {
            if (!a.Overlaps(b))
            {
                return null;
            }

            when = $"times {Show(facts.RangeTime?.Value)} and {candidate.Time?.Value} overlap";
        }
        else
        {
            // Without a date in the text, only an exact match of who did what to whom, where, will do —
            // and only between reports of the same weeks: an undated "Baghdad asked Washington …" in an
            // article ten months after a dated request is another request, or background.
            if (!(sharesSource && sharesTarget) || place is null != candidate.Place is null
                || !facts.Window(clusterRange).Overlaps(Window([candidate], candidateRange)))
            {
                return null;
            }

            when = "no date to compare; same sources, targets and place, reported in the same weeks";
        }

        var who = sharesSource ? "sources share " + ActorSets.Show([.. candidate.Sources.Where(s => sources.Contains(s, StringComparer.OrdinalIgnoreCase))]) : null;
        var whom = sharesTarget ? "targets share " + ActorSets.Show([.. candidate.Targets.Where(s => targets.Contains(s, StringComparer.OrdinalIgnoreCase))]) : null;
        return $"{candidate.Mention.ArticleId}: same type {candidate.Type}; {string.Join("; ", new[] { who, whom }.Where(x => x is not null))}; {when}" +
            (place is not null && candidate.Place is not null ? "; same place " + place : "");
    }

    /// <summary>
    /// False when <see cref="Match"/> is null for every cluster: an undated mention merges only on the same
    /// sources and targets, so one that names no source or no target never merges.
    /// </summary>
    public static bool CanMatch(EventMember candidate) =>
        TextTime(candidate) is not null || (candidate.Sources.Count > 0 && candidate.Targets.Count > 0);

    /// <summary>Reports further apart than this, with no date in their text, are not taken for one event.</summary>
    public const int ReportWindowDays = 45;

    /// <summary>
    /// When the mentions' event can have happened: the date their text states, else the weeks before
    /// their reports (an undated event is told soon after it happens), else any time.
    /// </summary>
    private static DateRange Window(IReadOnlyList<EventMember> members, DateRange? stated)
    {
        if (stated is { } range)
        {
            return range;
        }

        var days = members.Select(m => Deadline.Day(m.Mention.Published)).OfType<DateOnly>().ToList();
        return days.Count == 0 || days.Count < members.Count
            ? new DateRange(DateOnly.MinValue, DateOnly.MaxValue)
            : new DateRange(days.Min().AddDays(-ReportWindowDays), days.Max());
    }

    /// <summary>A date stated in the text (the article's own date used as a fallback does not count).</summary>
    public static DateRange? TextTime(EventMember m) =>
        !m.TimeFromPublication && DateRange.TryParse(m.Time?.Value, out var r) ? r : null;

    /// <summary>Facts, plans, demands and denials are never merged with one another.</summary>
    public static string ModalityFamily(string modality) => modality switch
    {
        "occurred" or "reported-unconfirmed" => "factual",
        "planned" or "scheduled" or "conditional" or "hypothetical" => "planned",
        _ => modality,
    };

    private static string Show(string? value) => value ?? "?";

    /// <summary>
    /// What a cluster's members share (actor unions, first place, first stated date, report days), read
    /// once and extended as members are added: a long article merges hundreds of mentions into one
    /// cluster, and re-reading them all for every candidate made matching grow with the square.
    /// </summary>
    internal sealed class ClusterFacts
    {
        private readonly List<string> _sources = [];
        private readonly List<string> _targets = [];
        private readonly HashSet<string> _sourceSet = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _targetSet = new(StringComparer.OrdinalIgnoreCase);
        private int _seen;
        private int _days;
        private DateOnly _firstDay = DateOnly.MaxValue;
        private DateOnly _lastDay = DateOnly.MinValue;

        /// <summary>Every member's sources, first spelling of each kept, in member order.</summary>
        public IReadOnlyList<string> Sources => _sources;

        public IReadOnlyList<string> Targets => _targets;

        /// <summary>The first place a member names.</summary>
        public string? Place { get; private set; }

        /// <summary>The first date a member's text states, and that member's time value.</summary>
        public DateRange? Range { get; private set; }

        public TimeValueDto? RangeTime { get; private set; }

        /// <summary>How many sources and targets, and whether a date, <see cref="StoryIndex.RegisterCluster"/> has filed the cluster under so far.</summary>
        public (int Sources, int Targets, bool Dated) Filed { get; set; }

        public void CatchUp(EventCluster cluster)
        {
            for (; _seen < cluster.Members.Count; _seen++)
            {
                var m = cluster.Members[_seen];
                AddAll(m.Sources, _sources, _sourceSet);
                AddAll(m.Targets, _targets, _targetSet);
                Place ??= m.Place;
                if (Range is null && TextTime(m) is { } r)
                {
                    Range = r;
                    RangeTime = m.Time;
                }

                if (Deadline.Day(m.Mention.Published) is { } day)
                {
                    _days++;
                    _firstDay = day < _firstDay ? day : _firstDay;
                    _lastDay = day > _lastDay ? day : _lastDay;
                }
            }
        }

        /// <summary>The members' window, as <see cref="EventMatcher.Window"/> computes it.</summary>
        public DateRange Window(DateRange? stated) =>
            stated is { } range ? range
            : _days == 0 || _days < _seen ? new DateRange(DateOnly.MinValue, DateOnly.MaxValue)
            : new DateRange(_firstDay.AddDays(-ReportWindowDays), _lastDay);

        private static void AddAll(IReadOnlyList<string> names, List<string> into, HashSet<string> seen)
        {
            foreach (var n in names)
            {
                if (seen.Add(n))
                {
                    into.Add(n);
                }
            }
        }
    }
}
