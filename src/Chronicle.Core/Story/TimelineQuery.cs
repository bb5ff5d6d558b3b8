namespace Chronicle.Core.Story;

/// <summary>Filters for the timeline; every one optional.</summary>
public sealed record TimelineFilter(DateOnly? From = null, DateOnly? To = null, string? Actor = null, string? Type = null);

/// <summary>The timeline: canonical events dated by the text, in event-time order; the undated apart.</summary>
public sealed record Timeline(IReadOnlyList<CanonicalEvent> Dated, IReadOnlyList<CanonicalEvent> Undated);

public static class TimelineQuery
{
    public static Timeline Build(IEnumerable<CanonicalEvent> events, TimelineFilter filter)
    {
        var chosen = events.Where(e =>
                (filter.Type is null || string.Equals(e.Type, filter.Type, StringComparison.OrdinalIgnoreCase))
                && (filter.Actor is null || e.Sources.Concat(e.Targets).Any(a => a.Contains(filter.Actor, StringComparison.OrdinalIgnoreCase))))
            .ToList();

        var dated = new List<(CanonicalEvent Event, DateRange Range)>();
        var undated = new List<CanonicalEvent>();
        foreach (var e in chosen)
        {
            if (DateRange.TryParse(e.Time?.Value, out var range))
            {
                if ((filter.From is null || range.End >= filter.From) && (filter.To is null || range.Start <= filter.To))
                {
                    dated.Add((e, range));
                }
            }
            else if (filter.From is null && filter.To is null)
            {
                undated.Add(e);
            }
        }

        // Order by start of the range, then the finer date first ("2024-01-08" before "2024-01").
        var ordered = dated
            .OrderBy(d => d.Range.Start)
            .ThenBy(d => d.Range.End)
            .ThenBy(d => d.Event.Id, StringComparer.Ordinal)
            .Select(d => d.Event)
            .ToList();
        return new Timeline(ordered, undated);
    }
}
