using Chronicle.Core.Time.Values;
using NodaTime;

namespace Chronicle.Core.Tests.Time;

public sealed class TemporalValueTests
{
    [Fact]
    public void Each_granularity_has_its_timex_and_inclusive_interval()
    {
        Assert.Equal(("2024-09-07", new LocalDate(2024, 9, 7), new LocalDate(2024, 9, 7)), Of(new DayValue(new LocalDate(2024, 9, 7))));
        Assert.Equal(("2025-09", new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30)), Of(new MonthValue(new YearMonth(2025, 9))));
        Assert.Equal(("2026-Q4", new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)), Of(new QuarterValue(2026, 4)));
        Assert.Equal(("2024-H1", new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), Of(new HalfValue(2024, 1)));
        Assert.Equal(("2026", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), Of(new YearValue(2026)));
        Assert.Equal(("199", new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31)), Of(new EraValue(199, 3)));
        Assert.Equal(("19", new LocalDate(1900, 1, 1), new LocalDate(1999, 12, 31)), Of(new EraValue(19, 2)));
        Assert.Equal(("2024-W36", new LocalDate(2024, 9, 2), new LocalDate(2024, 9, 8)), Of(new WeekValue(2024, 36)));
        Assert.Equal(("2024-W36-WE", new LocalDate(2024, 9, 7), new LocalDate(2024, 9, 8)), Of(new WeekValue(2024, 36, Weekend: true)));
        Assert.Equal(("2023-WI", new LocalDate(2023, 12, 1), new LocalDate(2024, 2, 29)), Of(new SeasonValue(2023, Season.Winter)));
        Assert.Equal(("2021-04-14TNI", new LocalDate(2021, 4, 14), new LocalDate(2021, 4, 14)), Of(new PartOfDayValue(new LocalDate(2021, 4, 14), PartOfDay.Night)));
        Assert.Equal(("2024-01-25T23:52", new LocalDate(2024, 1, 25), new LocalDate(2024, 1, 25)), Of(new ClockValue(new LocalDate(2024, 1, 25), new LocalTime(23, 52))));
    }

    [Fact]
    public void Open_values_have_no_interval()
    {
        Assert.Null(new OpenValue("P2W", OpenKind.Duration).ToInterval());
        Assert.Null(new OpenValue("XXXX-WXX-3", OpenKind.Underspecified).ToInterval());
        Assert.Equal("PRESENT_REF", new OpenValue("PRESENT_REF", OpenKind.Reference).ToString());
    }

    [Theory]
    [InlineData(1989, 3, -4, "1988-Q3")]
    [InlineData(2024, 1, -1, "2023-Q4")]
    [InlineData(2024, 4, 1, "2025-Q1")]
    public void Quarters_move_across_years(int year, int quarter, int by, string expected) =>
        Assert.Equal(expected, new QuarterValue(year, quarter).Plus(by).Timex);

    private static (string, LocalDate, LocalDate) Of(TemporalValue v)
    {
        var interval = v.ToInterval()!;
        return (v.Timex, interval.Start, interval.End);
    }
}
