using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

/// <summary>The state of one phase as of a date.</summary>
public sealed record PhaseStatus(string What, TimeValueDto? Deadline, string State, string? Due);

/// <summary>A commitment's state as known on a date: only reports dated on or before it count.</summary>
public sealed record CommitmentAsOf(StoryCommitment Commitment, string AsOf, string State, string? Due, IReadOnlyList<PhaseStatus> Phases);

/// <summary>
/// Works out a commitment's state on a given date: the latest report's state, then each phase met,
/// overdue (deadline passed with no report of fulfilment), in progress (a deadline for the action to
/// start — "the handover is to start within three months" — passed after the committed party was
/// reported doing it) or due in N days.
/// </summary>
public static partial class CommitmentStatus
{
    public static CommitmentAsOf AsOf(StoryCommitment c, DateOnly asOf)
    {
        var known = c.History.Where(h => Deadline.Day(h.Date) is { } d && d <= asOf).ToList();
        var met = known.Where(h => h.State == "met").Select(h => PhaseNumber(h.Detail)).ToHashSet();
        var underWay = known.Where(h => h.State == "in progress").Select(h => Deadline.Day(h.Date)).Min();
        var phases = new List<PhaseStatus>();
        for (var i = 0; i < c.Phases.Count; i++)
        {
            var p = c.Phases[i];
            var due = Deadline.Due(p.Deadline);
            var state = met.Contains(i + 1) ? "met"
                : due is { } d1 && d1 < asOf ? (underWay <= d1 && IsAboutStarting(c, p) ? "in progress" : "overdue")
                : due is { } d2 ? $"due in {d2.DayNumber - asOf.DayNumber} days"
                : "no deadline";
            phases.Add(new PhaseStatus(p.What, p.Deadline, state, due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        // The latest day's reports decide, in this order: everything met; disputed, withdrawn or denied;
        // a deadline passed unmet; a revision; some phases met; else the state the latest report gave.
        var latest = known.Count == 0 ? [] : known.Where(h => h.Date == known[^1].Date).Select(h => h.State).ToList();
        string overall;
        if (known.Count == 0)
        {
            overall = "not yet reported";
        }
        else if (phases.Count > 0 && phases.All(p => p.State == "met"))
        {
            overall = "met";
        }
        else if (latest.FirstOrDefault(s => s is "disputed" or "withdrawn" or "denied") is { } against)
        {
            overall = against;
        }
        else if (phases.Any(p => p.State == "overdue"))
        {
            overall = "overdue";
        }
        else if (latest.Contains("revised"))
        {
            overall = "revised";
        }
        else if (phases.Any(p => p.State is "met" or "in progress"))
        {
            overall = "in progress";
        }
        else
        {
            overall = known[^1].State;
        }

        var next = phases.FirstOrDefault(p => p.State.StartsWith("due in", StringComparison.Ordinal))?.State;
        return new CommitmentAsOf(c, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), overall, next, phases);
    }

    // A deadline to start, not to finish: "the handover is to start within three months", "will begin leaving by June".
    private static bool IsAboutStarting(StoryCommitment c, StoryPhase p) =>
        Starting().IsMatch(p.What) || (c.Phases.Count == 1 && c.Mentions.Any(m => Starting().IsMatch(m.Sentence)));

    [GeneratedRegex(@"\b(start|starts|starting|begin|begins|beginning|commence|commences|get under way)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Starting();

    private static int PhaseNumber(string? detail) =>
        detail is not null && detail.StartsWith("phase ", StringComparison.Ordinal)
        && int.TryParse(detail.AsSpan(6, detail.IndexOf(' ', 6) is var sp and > 0 ? sp - 6 : detail.Length - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : 1;
}
