using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

/// <summary>When a deadline falls due: "by September 2025" on 2025-09-30, "before 2026" on 2025-12-31.</summary>
public static class Deadline
{
    public static DateOnly? Due(TimeValueDto? deadline)
    {
        if (deadline is null || !DateRange.TryParse(deadline.Value, out var range))
        {
            return null;
        }

        return deadline.Mod switch
        {
            "BEFORE" => range.Start.AddDays(-1),
            "START" => range.Start.AddDays((range.End.DayNumber - range.Start.DayNumber) / 3),
            "MID" => range.Start.AddDays((range.End.DayNumber - range.Start.DayNumber) * 2 / 3),
            _ => range.End,
        };
    }

    /// <summary>The day an article (or report) is dated, from its publication value at any precision.</summary>
    public static DateOnly? Day(string? published) =>
        published is not null && DateRange.TryParse(published.Length > 10 ? published[..10] : published, out var r) ? r.Start : null;

    public static string Show(TimeValueDto? deadline) =>
        deadline is null ? "no deadline" : deadline.Mod is { } m ? $"{deadline.Value} ({m})" : deadline.Value;
}
