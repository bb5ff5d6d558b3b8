using System.Globalization;

namespace Chronicle.Core.Model;

/// <summary>Parses a user-supplied publication date ("2024", "2024-01", "2024-01-25", "2024-01-25T23:52").</summary>
public static class GivenDate
{
    private static readonly (string Format, DatePrecision Precision)[] Formats =
    [
        ("yyyy-MM-dd'T'HH:mm", DatePrecision.Minute),
        ("yyyy-MM-dd'T'HH:mm:ss", DatePrecision.Minute),
        ("yyyy-MM-dd", DatePrecision.Day),
        ("yyyy-MM", DatePrecision.Month),
        ("yyyy", DatePrecision.Year),
    ];

    /// <summary>Returns the publication time with origin <c>given</c>, or an error naming what is wrong.</summary>
    public static bool TryParse(string input, out PublicationTime published, out string? error)
    {
        var s = input.Trim();
        foreach (var (format, precision) in Formats)
        {
            if (DateTime.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                var value = precision switch
                {
                    DatePrecision.Minute => dt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                    DatePrecision.Day => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DatePrecision.Month => dt.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => dt.ToString("yyyy", CultureInfo.InvariantCulture),
                };
                published = new PublicationTime(value, precision, PublicationOrigin.Given, "--published " + s);
                error = null;
                return true;
            }
        }

        published = PublicationTime.Unknown;
        error = $"'{input}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (and a day that exists)";
        return false;
    }
}
