using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events;

/// <summary>How an event's date was found: in its own sentence, from the article's date, or from the scene set just before.</summary>
internal enum TimeOrigin
{
    None,
    Sentence,
    Publication,
    Context,
}

/// <summary>
/// Dates an event from the time layer: the date or time expression in the trigger's clause nearest
/// the trigger, else the nearest one in the sentence, else none. Vague references ("recent",
/// "currently") date nothing. A past-perfect event ("had launched", "had reached") lies before its
/// sentence's reference time: only an expression after it in its own clause dates it. A planned event takes no
/// date from the clause that tells it ("said on Thursday that officials will meet"). A past-tense
/// event told as a fact in a sentence with no date of its own continues the scene set by a sentence
/// just before that opens with a date ("Last week, X went to Tehran. The minister met …"), and
/// that is recorded. The article's own date is used only for an event told in the present perfect in
/// the article's opening sentences ("Baghdad and Washington have agreed …": news of the day), and that
/// fallback is recorded.
/// </summary>
internal static class EventTime
{
    private const int LeadSentences = 3;
    private const int SceneReach = 2;
    private const int PluperfectReach = 4;

    // The past verb is the trigger or governs it closely ("held a meeting", "launched an attack").
    private const int PastReach = 3;

    private static readonly WordSet IrregularPast = WordSet.Of(
        "met", "held", "took", "made", "flew", "went", "came", "gave", "sent", "told", "said", "struck", "hit", "fought", "led",
        "won", "began", "fled", "left", "saw", "spoke", "brought", "shot", "sought", "withdrew", "drew", "paid", "rose", "fell",
        "broke", "chose", "kept", "threw", "stood", "ran", "overran", "seized", "laid");

    public static (TimeValue? Time, TimeOrigin Origin) Resolve(SentenceFrame frame, int trigger, Modality modality, bool inDirectQuote)
    {
        var view = frame.View;
        var clauseStart = view.Tokens[frame.ClauseStart(trigger)].Span.Start;
        var clauseEndToken = frame.ClauseEnd(trigger);
        var clauseEnd = clauseEndToken < view.Tokens.Length ? view.Tokens[clauseEndToken].Span.Start : view.Text.Length;
        var at = view.Tokens[trigger].Span.Start;
        var pluperfect = IsPluperfect(frame, trigger);
        TimeExpression? best = null;
        var bestScore = int.MaxValue;
        var dated = false;
        foreach (var t in view.TimesIn(frame.Span))
        {
            if (t.Type is TimexType.Duration or TimexType.Set || IsVague(t))
            {
                continue;
            }

            dated = true;
            if (IsDeadline(view, t) && modality is Modality.Occurred or Modality.ReportedUnconfirmed)
            {
                continue; // "broadly agreed … would see troops leave by September 2025": the deadline dates the plan, not the agreement
            }

            var inClause = t.Span.Start >= clauseStart && t.Span.End <= clauseEnd;
            if (pluperfect && (!inClause || t.Span.Start < at))
            {
                continue; // "claimed on Wednesday that they had launched an attack": Wednesday dates the claim
            }

            if (modality is Modality.Planned && !inClause && t.Span.Start < at)
            {
                continue; // "said on Thursday that officials will meet": a plan does not happen when it is told
            }

            if (InParticiplePhraseOfAnother(view, trigger, view.TokenAt(t.Span.Start)))
            {
                continue; // "the agreement follows months of talks, initiated by X in January": January dates the talks
            }

            var distance = Math.Abs(t.Span.Start - at);
            var score = inClause ? distance : distance + 100_000;
            if (score < bestScore)
            {
                best = t;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return (best.Value, TimeOrigin.Sentence);
        }

        var published = view.Doc.Article.Published;
        if (frame.Index < LeadSentences && published.IsKnown && published.Precision >= DatePrecision.Day
            && modality is Modality.Occurred or Modality.ReportedUnconfirmed && PresentPerfect(frame, trigger))
        {
            return (new TimeValue(published.Value![..10]), TimeOrigin.Publication);
        }

        if (!dated && !inDirectQuote && modality is Modality.Occurred && !pluperfect && SimplePast(frame, trigger) && SceneDate(frame) is { } scene)
        {
            return (scene, TimeOrigin.Context);
        }

        return (null, TimeOrigin.None);
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

    // "recent", "currently", "in the future": no date on the calendar.
    private static bool IsVague(TimeExpression t) => t.Value.Value.EndsWith("_REF", StringComparison.Ordinal);

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

    // "had launched a drone attack", "had “reached an agreement": "had" shortly before the trigger in its clause.
    private static bool IsPluperfect(SentenceFrame frame, int trigger)
    {
        var start = frame.ClauseStart(trigger);
        for (var t = trigger - 1; t >= start && t >= trigger - PluperfectReach; t--)
        {
            if (frame.View.Word(t) is "had")
            {
                return true;
            }
        }

        return false;
    }

    // How close before the comma the noun a participle phrase hangs from stands: "talks between A and B, initiated …".
    private const int ParticipleHeadReach = 6;

    /// <summary>
    /// True when the time lies in a phrase ", &lt;past participle&gt; …" after the trigger that hangs from a noun
    /// nearer the comma than the trigger: the phrase tells that noun's event ("talks …, initiated by X in
    /// January"), not an event told further back.
    /// </summary>
    private static bool InParticiplePhraseOfAnother(DocumentView view, int trigger, int time)
    {
        for (var c = time - 1; c > trigger; c--)
        {
            if (!view.Is(c, ","))
            {
                continue;
            }

            return IsPastForm(view, c + 1) && c - trigger > ParticipleHeadReach;
        }

        return false;
    }

    /// <summary>The trigger tells a past fact: it is a past-tense verb or one closely before it governs it, not after "has", "will", "to" ….</summary>
    private static bool SimplePast(SentenceFrame frame, int trigger)
    {
        var view = frame.View;
        var start = Math.Max(frame.ClauseStart(trigger), trigger - PastReach);
        for (var t = trigger; t >= start; t--)
        {
            var w = view.Word(t);
            if (w is "has" or "have" or "will" or "would" or "is" or "are" or "to" or "may" or "might" or "could" or "can")
            {
                return false;
            }

            if (IsPastForm(view, t))
            {
                var before = view.Word(t - 1);
                return t - 1 < start || before is not ("has" or "have" or "had" or "be" or "been" or "being" or "is" or "are" or "to");
            }
        }

        return false;
    }

    private static bool IsPastForm(DocumentView view, int t)
    {
        var w = view.Word(t);
        return !view.IsCapitalized(t) && (IrregularPast.Contains(w)
            || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && w is not ("indeed" or "proceed" or "succeed" or "exceed")));
    }

    /// <summary>
    /// The date that opens one of the two sentences before ("Last week, …", "In 2020, …"), when no
    /// sentence in between opens with another; a date inside a sentence ("issued in 2014") sets no scene.
    /// </summary>
    private static TimeValue? SceneDate(SentenceFrame frame)
    {
        var view = frame.View;
        var sentences = view.Doc.Sentences;
        for (var i = frame.Index - 1; i >= 0 && i >= frame.Index - SceneReach; i--)
        {
            var (first, end) = view.TokenRange(sentences[i].Span);
            foreach (var t in view.TimesIn(sentences[i].Span))
            {
                var (tFirst, tEnd) = view.TokenRange(t.Span);
                if (tFirst > first + 1 || (tFirst == first + 1 && view.Word(first) is not ("in" or "on" or "at" or "during")))
                {
                    break;
                }

                if (tEnd < end && view.Word(tEnd) is "," && t.Type is TimexType.Date or TimexType.Time && !IsVague(t) && !IsDeadline(view, t))
                {
                    return t.Value;
                }
            }
        }

        return null;
    }
}
