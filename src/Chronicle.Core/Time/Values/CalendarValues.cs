using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Chronicle.Core.Time.Values;

/// <summary>A calendar day: "2024-09-07".</summary>
public sealed record DayValue(LocalDate Date) : TemporalValue
{
    public override string Timex => Format(Date);

    /// <summary>"2024-09-07" without NodaTime's pattern machinery (this runs once per expression).</summary>
    public static string Format(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    public override DateInterval ToInterval() => new(Date, Date);
}

/// <summary>A month: "2025-09".</summary>
public sealed record MonthValue(YearMonth Month) : TemporalValue
{
    public override string Timex => string.Create(CultureInfo.InvariantCulture, $"{Month.Year:D4}-{Month.Month:D2}");

    public override DateInterval ToInterval() => Month.ToDateInterval();
}

/// <summary>A calendar year: "2026".</summary>
public sealed record YearValue(int Year) : TemporalValue
{
    public override string Timex => Year.ToString("D4", CultureInfo.InvariantCulture);

    public override DateInterval ToInterval() => new(new LocalDate(Year, 1, 1), new LocalDate(Year, 12, 31));
}

/// <summary>A quarter: "2026-Q4".</summary>
public sealed record QuarterValue(int Year, int Quarter) : TemporalValue
{
    public override string Timex => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");

    public override DateInterval ToInterval()
    {
        var first = new YearMonth(Year, (Quarter * 3) - 2);
        return new(first.OnDayOfMonth(1), new YearMonth(Year, Quarter * 3).ToDateInterval().End);
    }

    /// <summary>Moves by whole quarters ("a year earlier" = -4).</summary>
    public QuarterValue Plus(int quarters)
    {
        var index = (Year * 4) + Quarter - 1 + quarters; // years are positive, so plain division floors
        return new QuarterValue(index / 4, (index % 4) + 1);
    }
}

/// <summary>A half year: "2024-H1".</summary>
public sealed record HalfValue(int Year, int Half) : TemporalValue
{
    public override string Timex => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Half}");

    public override DateInterval ToInterval() =>
        Half == 1 ? new(new LocalDate(Year, 1, 1), new LocalDate(Year, 6, 30)) : new(new LocalDate(Year, 7, 1), new LocalDate(Year, 12, 31));
}

/// <summary>An ISO week: "2024-W36".</summary>
public sealed record WeekValue(int WeekYear, int Week, bool Weekend = false) : TemporalValue
{
    public override string Timex => string.Create(CultureInfo.InvariantCulture, $"{WeekYear:D4}-W{Week:D2}") + (Weekend ? "-WE" : "");

    public override DateInterval ToInterval()
    {
        var monday = LocalDate.FromWeekYearWeekAndDay(WeekYear, Week, IsoDayOfWeek.Monday);
        return Weekend ? new(monday.PlusDays(5), monday.PlusDays(6)) : new(monday, monday.PlusDays(6));
    }

    public static WeekValue Of(LocalDate date, bool weekend = false) =>
        new(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date), weekend);
}

/// <summary>A decade ("199" = the 1990s) or a century ("19" = 1900–1999).</summary>
public sealed record EraValue(int Prefix, int Digits) : TemporalValue
{
    public override string Timex => Prefix.ToString(CultureInfo.InvariantCulture).PadLeft(Digits, '0');

    public override DateInterval ToInterval()
    {
        var span = Digits == 3 ? 10 : 100;
        return new(new LocalDate(Prefix * span, 1, 1), new LocalDate((Prefix * span) + span - 1, 12, 31));
    }
}
