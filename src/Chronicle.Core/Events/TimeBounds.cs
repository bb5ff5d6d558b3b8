using System.Globalization;

namespace Chronicle.Core.Events;

/// <summary>The first or last day a TIMEX3 date value covers ("2025-09" → 2025-09-01 / 2025-09-30, "2026-Q4" → 2026-10-01 / 2026-12-31); null for other forms.</summary>
internal static class TimeBounds
{
    public static DateOnly? LowerBound(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            return month;
        }

        if (value.Length == 7 && value[5] == 'Q' && int.TryParse(value[..4], NumberStyles.None, inv, out var qy) && value[6] is >= '1' and <= '4')
        {
            return new DateOnly(qy, ((value[6] - '0') * 3) - 2, 1);
        }

        if (value.Length == 8 && value[5] == 'W' && int.TryParse(value[..4], NumberStyles.None, inv, out var wy) && int.TryParse(value[6..], NumberStyles.None, inv, out var w) && w is >= 1 and <= 53)
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, Math.Min(w, ISOWeek.GetWeeksInYear(wy)), DayOfWeek.Monday));
        }

        return value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out var y) ? new DateOnly(y, 1, 1) : null;
    }

    public static DateOnly? UpperBound(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            return month.AddMonths(1).AddDays(-1);
        }

        if (value.Length == 7 && value[5] == 'Q' && int.TryParse(value[..4], NumberStyles.None, inv, out var qy) && value[6] is >= '1' and <= '4')
        {
            return new DateOnly(qy, (value[6] - '0') * 3, 1).AddMonths(1).AddDays(-1);
        }

        if (value.Length == 8 && value[5] == 'W' && int.TryParse(value[..4], NumberStyles.None, inv, out var wy) && int.TryParse(value[6..], NumberStyles.None, inv, out var w) && w is >= 1 and <= 53)
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, Math.Min(w, ISOWeek.GetWeeksInYear(wy)), DayOfWeek.Sunday));
        }

        return value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out var y) ? new DateOnly(y, 12, 31) : null;
    }
}
