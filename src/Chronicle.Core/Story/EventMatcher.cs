namespace Chronicle.Core.Story;

/// <summary>
/// Decides whether a new event mention describes the same real-world event as an existing cluster:
/// same type, same kind of modality, compatible actors, time and place. Conservative: when the text
/// gives no date, both mentions must name the same source and target actors and the same place.
/// Returns the reasons when it merges, null when it does not.
/// </summary>
public static class EventMatcher
{
    public static string? Match(EventCluster cluster, EventMember candidate)
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

        var sources = ActorSets.Union(cluster.Members.Select(m => m.Sources));
        var targets = ActorSets.Union(cluster.Members.Select(m => m.Targets));
        var sharesSource = ActorSets.Overlap(sources, candidate.Sources);
        var sharesTarget = ActorSets.Overlap(targets, candidate.Targets);
        if ((sources.Count > 0 && candidate.Sources.Count > 0 && !sharesSource)
            || (targets.Count > 0 && candidate.Targets.Count > 0 && !sharesTarget)
            || !(sharesSource || sharesTarget))
        {
            return null;
        }

        var place = cluster.Members.Select(m => m.Place).FirstOrDefault(p => p is not null);
        if (place is not null && candidate.Place is not null && !string.Equals(place, candidate.Place, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var clusterRange = cluster.Members.Select(TextTime).FirstOrDefault(r => r is not null);
        var candidateRange = TextTime(candidate);
        string when;
        if (clusterRange is { } a && candidateRange is { } b)
        {
            if (!a.Overlaps(b))
            {
                return null;
            }

            when = $"times {Show(cluster.Members.First(m => TextTime(m) is not null).Time?.Value)} and {candidate.Time?.Value} overlap";
        }
        else
        {
            // Without a date in the text, only an exact match of who did what to whom, where, will do —
            // and only between reports of the same weeks: an undated "Baghdad asked Washington …" in an
            // article ten months after a dated request is another request, or background.
            if (!(sharesSource && sharesTarget) || place is null != candidate.Place is null
                || !Window(cluster.Members, clusterRange).Overlaps(Window([candidate], candidateRange)))
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
}
