using System.Globalization;
using NodaTime;

namespace Chronicle.Core.Time.Values;

public enum Season
{
    Spring,
    Summer,
    Fall,
    Winter,
}

/// <summary>A (northern-hemisphere, meteorological) season of a year: "2024-SU".</summary>
public sealed record SeasonValue(int Year, Season Season) : TemporalValue
{
    public override string Timex => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Code(Season);

    /// <summary>Spring = Mar–May, summer = Jun–Aug, fall = Sep–Nov, winter = Dec–Feb (into the next year).</summary>
    public override DateInterval ToInterval() => Season switch
    {
        Season.Spring => new(new LocalDate(Year, 3, 1), new LocalDate(Year, 5, 31)),
        Season.Summer => new(new LocalDate(Year, 6, 1), new LocalDate(Year, 8, 31)),
        Season.Fall => new(new LocalDate(Year, 9, 1), new LocalDate(Year, 11, 30)),
        _ => new(new LocalDate(Year, 12, 1), new YearMonth(Year + 1, 2).ToDateInterval().End),
    };

    public static string Code(Season season) => season switch
    {
        Season.Spring => "SP",
        Season.Summer => "SU",
        Season.Fall => "FA",
        _ => "WI",
    };
}
