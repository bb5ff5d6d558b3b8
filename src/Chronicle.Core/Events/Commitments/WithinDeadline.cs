using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Commitments;

/// <summary>
/// "start within three months", "withdraw within the next 30 days": a span counted from the day the
/// sentence tells it is a deadline on or before that day plus the span. The sentence's day is a
/// calendar day it names before the span ("the truce agreed on 1 March must be followed by
/// disarmament within 90 days"), else the article's day. A vague span ("within weeks") has no end on
/// the calendar and gives no deadline.
/// </summary>
internal static partial class WithinDeadline
{
    [GeneratedRegex(@"^P(\d+)([DWMY])$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedSpan();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarDay();

    /// <summary>The deadline for a duration expression told after "within", with the token the cue starts at, or null.</summary>
    public static (TimeValue Value, int First)? Read(SentenceFrame frame, TimeExpression duration)
    {
        var view = frame.View;
        var first = view.TokenAt(duration.Span.Start);
        var cue = first - 1;
        while (cue > frame.First && view.Word(cue) is "the" or "next" or "coming")
        {
            cue--; // "within the next three months"
        }

        if (cue < frame.First || !view.Is(cue, "within") || CountedSpan().Match(duration.Value.Value) is not { Success: true } m)
        {
            return null;
        }

        if (SentenceDay(frame, duration.Span.Start) is not { } day)
        {
            return null;
        }

        var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = m.Groups[2].Value switch
        {
            "D" => day.AddDays(n),
            "W" => day.AddDays(7 * n),
            "M" => day.AddMonths(n),
            _ => day.AddYears(n),
        };
        return (new TimeValue(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TimexMod.OnOrBefore), cue);
    }

    private static DateOnly? SentenceDay(SentenceFrame frame, int before)
    {
        DateOnly? named = null;
        foreach (var t in frame.View.TimesIn(frame.Span))
        {
            if (t.Span.Start < before && t.Type is TimexType.Date && t.Value.Mod is null && CalendarDay().IsMatch(t.Value.Value))
            {
                named = DateOnly.ParseExact(t.Value.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return named ?? frame.View.Doc.Article.Published.Day;
    }
}
