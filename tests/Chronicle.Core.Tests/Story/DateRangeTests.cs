using Chronicle.Core.Story;

namespace Chronicle.Core.Tests.Story;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("2024-01-25", "2024-01-25", "2024-01-25")]
    [InlineData("2024-01-25T23:52", "2024-01-25", "2024-01-25")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-W04", "2024-01-22", "2024-01-28")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30")]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    public void Parses_timex_values_into_inclusive_ranges(string value, string start, string end)
    {
        Assert.True(DateRange.TryParse(value, out var r));
        Assert.Equal((start, end), (r.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("XXXX-09")]
    [InlineData("P2W")]
    [InlineData("PRESENT_REF")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_values_that_are_not_a_known_range(string? value) => Assert.False(DateRange.TryParse(value, out _));

    [Theory]
    [InlineData("2025-09", "ON_OR_BEFORE", "2025-09-30")]
    [InlineData("2026", "END", "2026-12-31")]
    [InlineData("2026", "BEFORE", "2025-12-31")]
    public void Deadlines_fall_due_at_the_end_of_their_range_or_just_before_it(string value, string mod, string due) =>
        Assert.Equal(due, Deadline.Due(new Chronicle.Core.Contract.TimeValueDto(value, mod))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
