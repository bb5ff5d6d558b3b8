namespace Chronicle.Core.Time;

/// <summary>Units of durations and of relative offsets ("two weeks ago", "a three-year plan").</summary>
public enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}
