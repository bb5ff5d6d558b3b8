using System.Globalization;
using NodaTime;

namespace Chronicle.Core.Time.Values;

public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

/// <summary>A part of a day: "2021-04-14TNI".</summary>
public sealed record PartOfDayValue(LocalDate Date, PartOfDay Part) : TemporalValue
{
    public override string Timex => DayValue.Format(Date) + "T" + Code(Part);

    public override DateInterval ToInterval() => new(Date, Date);

    public static string Code(PartOfDay part) => part switch
    {
        PartOfDay.Morning => "MO",
        PartOfDay.Afternoon => "AF",
        PartOfDay.Evening => "EV",
        PartOfDay.Night => "NI",
        _ => "DT",
    };
}

/// <summary>A clock time on a day: "2024-01-25T23:52".</summary>
public sealed record ClockValue(LocalDate Date, LocalTime Time) : TemporalValue
{
    public override string Timex => DayValue.Format(Date) + string.Create(CultureInfo.InvariantCulture, $"T{Time.Hour:D2}:{Time.Minute:D2}");

    public override DateInterval ToInterval() => new(Date, Date);
}
