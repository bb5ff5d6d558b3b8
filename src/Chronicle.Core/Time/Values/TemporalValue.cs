using NodaTime;

namespace Chronicle.Core.Time.Values;

/// <summary>
/// A normalised temporal value of one granularity (day, month, quarter …). Each knows its TIMEX3
/// spelling and, where it is anchored in the calendar, the inclusive date interval it covers, so that
/// later stages can order and merge times without re-parsing strings.
/// </summary>
public abstract record TemporalValue
{
    /// <summary>The TIMEX3 value ("2024-09-07", "2026-Q4", "XXXX-WXX-3", "P2W").</summary>
    public abstract string Timex { get; }

    /// <summary>The calendar days covered, inclusive; null for durations, sets and vague references.</summary>
    public virtual DateInterval? ToInterval() => null;

    public sealed override string ToString() => Timex;
}
