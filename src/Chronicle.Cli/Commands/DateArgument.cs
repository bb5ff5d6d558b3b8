using Chronicle.Core.Story;

namespace Chronicle.Cli.Commands;

/// <summary>Parses date options (--from, --to, --as-of) into a day, with a clear error for dates that do not exist.</summary>
internal static class DateArgument
{
    /// <param name="end">For a month or year, take its last day (for --to) rather than its first.</param>
    public static bool TryParse(string option, string? raw, TextWriter error, bool end, out DateOnly? day)
    {
        day = null;
        if (raw is null)
        {
            return true;
        }

        if (DateRange.TryParse(raw.Trim(), out var range) && raw.Trim().Length is 4 or 7 or 10)
        {
            day = end ? range.End : range.Start;
            return true;
        }

        error.WriteLine($"chronicle: {option}: '{raw}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (and a day that exists)");
        return false;
    }
}
