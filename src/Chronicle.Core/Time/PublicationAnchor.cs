using System.Globalization;
using Chronicle.Core.Model;
using NodaTime;

namespace Chronicle.Core.Time;

/// <summary>The publication time as far as it is known: a day, or only a month, or only a year, or nothing.</summary>
internal readonly record struct PublicationAnchor(int? Year, int? Month, LocalDate? Day)
{
    public static PublicationAnchor From(PublicationTime published)
    {
        if (!published.IsKnown || published.Value is not { } v || v.Length < 4
            || !int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return default;
        }

        int? month = v.Length >= 7 && int.TryParse(v.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;
        LocalDate? day = null;
        if (month is not null && v.Length >= 10 && int.TryParse(v.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(year, month.Value))
        {
            day = new LocalDate(year, month.Value, d);
        }

        return new PublicationAnchor(year, month, day);
    }
}
