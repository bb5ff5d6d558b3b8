using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Core.Model;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Reads a line that is nothing but a publication date ("25 Jan 2024 23:52", "January 25, 2024",
/// "Published: 2024-01-25T23:52:00Z"). A line with any other words is not a date line: a date inside
/// a headline or a list item belongs to another article and is never a publication date.
/// The stated wall-clock time is kept as written; a time zone, when given, is not converted.
/// </summary>
public static partial class DateLineParser
{
    private const string Month = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private const string Time = "(?:,?\\s+(?:at\\s+)?(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?)?";
    private const string Zone = "(?:\\s*\\(?(?-i:[A-Z]{2,4}|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)\\)?)?";

    /// <summary>Parses a date-only line; returns null when the line is anything else.</summary>
    public static PublicationTime? TryParse(string line)
    {
        var evidence = line.Trim();
        var s = Prefix().Replace(evidence, string.Empty);
        s = Weekday().Replace(s, string.Empty).Trim().TrimEnd('.', ',', ' ');
        if (s.Length is < 6 or > 60)
        {
            return null;
        }

        var m = Iso().Match(s);
        if (m.Success)
        {
            return Build(Int(m, "year"), Int(m, "mon"), Int(m, "day"), m.Groups["hour"], m.Groups["minute"], null, evidence);
        }

        m = DayMonthYear().Match(s);
        if (!m.Success)
        {
            m = MonthDayYear().Match(s);
        }

        return m.Success
            ? Build(Int(m, "year"), MonthNumber(m.Groups["month"].Value), Int(m, "day"), m.Groups["hour"], m.Groups["minute"], m.Groups["ampm"], evidence)
            : null;
    }

    /// <summary>Parses a machine date from HTML metadata ("2024-01-25T23:52:00+03:00", "2024-01-25").</summary>
    public static PublicationTime? TryParseMachine(string? value, string evidence)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var m = Iso().Match(value.Trim());
        return m.Success ? Build(Int(m, "year"), Int(m, "mon"), Int(m, "day"), m.Groups["hour"], m.Groups["minute"], null, evidence) : null;
    }

    private static PublicationTime? Build(int year, int month, int day, Group hour, Group minute, Group? ampm, string evidence)
    {
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!hour.Success)
        {
            return new PublicationTime(date, DatePrecision.Day, PublicationOrigin.Stated, evidence);
        }

        var h = int.Parse(hour.Value, CultureInfo.InvariantCulture);
        var min = int.Parse(minute.Value, CultureInfo.InvariantCulture);
        if (ampm is { Success: true })
        {
            var pm = char.ToLowerInvariant(ampm.Value[0]) == 'p';
            if (h is < 1 or > 12)
            {
                return null;
            }

            h = (h % 12) + (pm ? 12 : 0);
        }

        if (h > 23 || min > 59)
        {
            return null;
        }

        var value = string.Create(CultureInfo.InvariantCulture, $"{date}T{h:00}:{min:00}");
        return new PublicationTime(value, DatePrecision.Minute, PublicationOrigin.Stated, evidence);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => char.ToLowerInvariant(name[0]) switch
    {
        'j' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'a' => 1,
        'f' => 2,
        'm' when char.ToLowerInvariant(name[2]) == 'r' => 3,
        'a' when char.ToLowerInvariant(name[1]) == 'p' => 4,
        'm' => 5,
        'j' when char.ToLowerInvariant(name[2]) == 'n' => 6,
        'j' => 7,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        _ => 12,
    };

    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Last updated|First published|Date)(?:\s+on)?\s*:?\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<mon>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>\d{4})" + Time + Zone + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("^" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})" + Time + Zone + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MonthDayYear();
}
