using System.Globalization;

namespace Chronicle.Core.Actors.Catalog;

/// <summary>
/// A date known to the year, month or day ("2020", "2020-05", "2020-05-07"), as the inclusive range of
/// days it may denote. Role dates in the actor file are often known only to the month or year.
/// </summary>
public readonly record struct PartialDate(DateOnly First, DateOnly Last, string Text)
{
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var date))
        {
            return date;
        }

        throw new FormatException($"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var ci = CultureInfo.InvariantCulture;
        if (s.Length >= 10 && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", ci, DateTimeStyles.None, out var day))
        {
            date = new PartialDate(day, day, s[..10]);
            return true;
        }

        if (s.Length == 7 && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", ci, DateTimeStyles.None, out var month))
        {
            date = new PartialDate(month, month.AddMonths(1).AddDays(-1), s);
            return true;
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, ci, out var year) && year is >= 1 and <= 9999)
        {
            date = new PartialDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), s);
            return true;
        }

        return false;
    }

    public override string ToString() => Text;
}
