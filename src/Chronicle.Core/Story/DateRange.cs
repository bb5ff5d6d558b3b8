using System.Globalization;

namespace Chronicle.Core.Story;

/// <summary>
/// The inclusive calendar range a TIMEX3 date value covers: "2024-01-25" one day, "2024-01" a month,
/// "2024-W04" a week, "2026-Q4" a quarter, "2026" a year. Underspecified ("XXXX-09") or non-date values
/// (durations, PRESENT_REF) have no range: the story never invents one.
/// </summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>How fine the value is: "day", "week", "month", "quarter", "year".</summary>
    public static string PrecisionOf(string value) => value.Length switch
    {
        >= 10 => "day",
        8 when value[5] == 'W' => "week",
        7 when value[5] == 'Q' => "quarter",
        7 when value[5] == 'H' => "half",
        7 => "month",
        4 => "year",
        _ => "unknown",
    };

    public static bool TryParse(string? value, out DateRange range)
    {
        range = default;
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (value.Length == 4)
        {
            range = new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        if (value.Length < 7 || value[4] != '-')
        {
            return false;
        }

        var rest = value.AsSpan(5);
        if (rest[0] == 'W' && int.TryParse(rest[1..Math.Min(3, rest.Length)], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            range = new DateRange(monday, monday.AddDays(6));
            return true;
        }

        if (rest[0] is 'Q' or 'H' && rest.Length == 2 && char.IsDigit(rest[1]))
        {
            var n = rest[1] - '0';
            var months = rest[0] == 'Q' ? 3 : 6;
            if (n < 1 || n > 12 / months)
            {
                return false;
            }

            var first = new DateOnly(year, ((n - 1) * months) + 1, 1);
            range = new DateRange(first, first.AddMonths(months).AddDays(-1));
            return true;
        }

        if (!int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (value.Length == 7)
        {
            var first = new DateOnly(year, month, 1);
            range = new DateRange(first, first.AddMonths(1).AddDays(-1));
            return true;
        }

        if (value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var d = new DateOnly(year, month, day);
            range = new DateRange(d, d);
            return true;
        }

        return false;
    }
}
