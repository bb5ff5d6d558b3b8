using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>
/// Dates an event from the time layer: the date or time expression in the trigger's clause nearest
/// the trigger, else the nearest one in the sentence, else none. The article's own date is used only
/// for an event told in the present perfect in the article's opening sentences ("Baghdad and
/// Washington have agreed …": news of the day), and that fallback is recorded.
/// </summary>
internal static class EventTime
{
    private const int LeadSentences = 3;

    public static (TimeValue? Time, bool FromPublication) Resolve(SentenceFrame frame, int trigger, Modality modality)
    {
        var view = frame.View;
        var clauseStart = view.Tokens[frame.ClauseStart(trigger)].Span.Start;
        var clauseEndToken = frame.ClauseEnd(trigger);
        var clauseEnd = clauseEndToken < view.Tokens.Length ? view.Tokens[clauseEndToken].Span.Start : view.Text.Length;
        var at = view.Tokens[trigger].Span.Start;
        TimeExpression? best = null;
        var bestScore = int.MaxValue;
        foreach (var t in view.TimesIn(frame.Span))
        {
            if (t.Type is TimexType.Duration or TimexType.Set || (IsDeadline(view, t) && modality is Modality.Occurred or Modality.ReportedUnconfirmed))
            {
                continue; // "broadly agreed … would see troops leave by September 2025": the deadline dates the plan, not the agreement
            }

            var distance = Math.Abs(t.Span.Start - at);
            var score = t.Span.Start >= clauseStart && t.Span.End <= clauseEnd ? distance : distance + 100_000;
            if (score < bestScore)
            {
                best = t;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return (best.Value, false);
        }

        var published = view.Doc.Article.Published;
        if (frame.Index < LeadSentences && published.IsKnown && published.Precision >= DatePrecision.Day
            && modality is Modality.Occurred or Modality.ReportedUnconfirmed && PresentPerfect(frame, trigger))
        {
            return (new TimeValue(published.Value![..10]), true);
        }

        return (null, false);
    }

    public static bool IsDeadline(DocumentView view, TimeExpression t)
    {
        if (t.Value.Mod is TimexMod.OnOrBefore or TimexMod.Before)
        {
            return true;
        }

        var k = view.TokenAt(t.Span.Start) - 1;
        while (k > 0 && view.Word(k) is "the" or "end" or "of" or "late" or "early")
        {
            k--;
        }

        return k >= 0 && view.Word(k) is "by" or "until" or "before";
    }

    private static bool PresentPerfect(SentenceFrame frame, int trigger)
    {
        for (var t = frame.ClauseStart(trigger); t < trigger; t++)
        {
            if (frame.View.Word(t) is "has" or "have")
            {
                return true;
            }
        }

        return false;
    }
}
