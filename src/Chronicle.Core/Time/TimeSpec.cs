using Chronicle.Core.Time.Values;
using NodaTime;

namespace Chronicle.Core.Time;

/// <summary>How a relative expression picks its occurrence: by tense, or by an explicit word.</summary>
internal enum Direction
{
    /// <summary>No word says which one ("on Saturday", "in October"): the tense of the clause decides.</summary>
    ByTense,
    Last,
    This,
    Next,
}

/// <summary>What a relative offset counts from.</summary>
internal enum AnchorKind
{
    /// <summary>The publication time ("two weeks ago", "last year").</summary>
    Publication,
    /// <summary>The previous date in the narrative, else the publication time ("the next day", "days later").</summary>
    Narrative,
}

/// <summary>What the grammar recognised, before it is resolved against the publication time and the narrative.</summary>
internal abstract record TimeSpec;

/// <summary>A calendar date with any of its parts given ("10 January", "Friday", "October 2020", "9 a.m. Tuesday").</summary>
internal sealed record DateSpec(
    int? Year = null,
    int? Month = null,
    int? Day = null,
    int? Weekday = null,
    PartOfDay? Part = null,
    LocalTime? Clock = null,
    Direction Direction = Direction.ByTense,
    bool Definite = false,
    bool FromNarrative = false) : TimeSpec;

/// <summary>An offset of whole units from an anchor ("last week" = week −1, "the next day" = day +1, "this year" = year 0).</summary>
internal sealed record OffsetSpec(TimeUnit Unit, int Offset, AnchorKind Anchor, PartOfDay? Part = null, bool Counted = false) : TimeSpec;

/// <summary>A quarter or half ("the third quarter of 1998", "first-half"); <see cref="YearOffset"/> applies when no year is given.</summary>
internal sealed record PartOfYearSpec(int Number, bool Half, int? Year, int YearOffset = 0, bool Latest = false, bool WholeYear = false) : TimeSpec;

/// <summary>A season ("last summer", "winter 2024").</summary>
internal sealed record SeasonSpec(Season Season, int? Year, Direction Direction) : TimeSpec;

/// <summary>An explicit value that needs no anchor (a year, a decade, a duration, a set, a vague reference).</summary>
internal sealed record FixedSpec(TemporalValue Value) : TimeSpec;

/// <summary>An offset in an unknown number of units ("years ago", "several weeks earlier"): resolved to the unit's granularity with X digits.</summary>
internal sealed record VagueOffsetSpec(TimeUnit Unit, int Sign) : TimeSpec;

/// <summary>The same granularity as the previous date in the narrative ("that year", "the same day").</summary>
internal sealed record NarrativeSpec(TimeUnit Unit, int FallbackOffset = 0, PartOfDay? Part = null) : TimeSpec;

/// <summary>A month in a year given relative to the publication ("June last year").</summary>
internal sealed record MonthOfRelativeYearSpec(int Month, int YearOffset) : TimeSpec;

/// <summary>A clock time on the day <see cref="DayOffset"/> days from the publication day ("10:35 a.m.", "noon yesterday").</summary>
internal sealed record ClockOffsetSpec(int DayOffset, LocalTime Clock) : TimeSpec;

/// <summary>The quarter the story is about, in a given year ("the 1988 quarter").</summary>
internal sealed record QuarterOfYearSpec(int Year) : TimeSpec;

/// <summary>"the weekend": the one before the publication, or the one it falls in.</summary>
internal sealed record WeekendSpec : TimeSpec;

/// <summary>A holiday on a fixed rule, resolved in the publication year ("Christmas", "Thanksgiving").</summary>
internal sealed record HolidaySpec(Func<int, LocalDate> OnYear, bool Week = false) : TimeSpec;

/// <summary>A period around a date: the week containing it ("the week of March 6") or a day beside it ("the day before Tuesday").</summary>
internal sealed record AroundDateSpec(DateSpec Date, int DayShift, bool Week) : TimeSpec;
