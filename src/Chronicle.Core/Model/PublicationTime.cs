namespace Chronicle.Core.Model;

/// <summary>Where an article's publication time came from: honesty about dates is part of the data.</summary>
public enum PublicationOrigin
{
    /// <summary>No trustworthy date was found; relative times stay unresolved.</summary>
    Unknown,
    /// <summary>Found in the page itself (a dateline or a timestamp next to the title).</summary>
    Stated,
    /// <summary>Supplied by the user with <c>--published</c>.</summary>
    Given,
    /// <summary>Deduced from evidence in the text; <see cref="PublicationTime.Evidence"/> says which.</summary>
    Inferred,
}

/// <summary>How much of a date or time is known.</summary>
public enum DatePrecision
{
    Unknown,
    Year,
    Month,
    Day,
    Minute,
}

/// <summary>
/// The publication time of an article, with its precision and origin. <see cref="Value"/> is an
/// ISO 8601 / TIMEX3 value at <see cref="Precision"/> ("2024", "2024-01", "2024-01-25",
/// "2024-01-25T23:52"); null when unknown.
/// </summary>
public sealed record PublicationTime(string? Value, DatePrecision Precision, PublicationOrigin Origin, string? Evidence = null)
{
    public static PublicationTime Unknown { get; } = new(null, DatePrecision.Unknown, PublicationOrigin.Unknown);

    public bool IsKnown => Value is not null && Origin != PublicationOrigin.Unknown;

    /// <summary>The calendar day of publication, when known to the day or better.</summary>
    public DateOnly? Day =>
        Value is not null && Precision >= DatePrecision.Day
            ? DateOnly.ParseExact(Value.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
