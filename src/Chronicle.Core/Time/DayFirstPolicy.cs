namespace Chronicle.Core.Time;

/// <summary>
/// The documented day/month order for numeric dates ("25/01/2024", "01/02/2024"): a first number
/// above 12 is a day (day/month); a second number above 12 is a day (month/day); when both could be
/// months the date is read day/month, the order of most of the world's press (British, European,
/// Middle Eastern outlets). ISO dates (2024-01-25) are always year-month-day.
/// </summary>
internal static class DayFirstPolicy
{
    public static (int Day, int Month) Order(int first, int second) =>
        first > 12 ? (first, second) : second > 12 ? (second, first) : (first, second);
}
