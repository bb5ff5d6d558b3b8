using Chronicle.Core.Model;
using Chronicle.Core.Time.Values;

namespace Chronicle.Core.Time;

internal sealed partial class TimeGrammar
{
    /// <summary>
    /// Definite units that refer to the period the story is about: "the quarter", "the latest period",
    /// "the weekend", "the week", "the fiscal year", "the full year", "the 1988 quarter", and year ends
    /// ("year-end", "year end", "year's end", "the end of the year").
    /// </summary>
    private GrammarMatch? DefiniteUnit(int i)
    {
        // "year-end", "year end", "year's end"
        if (IsWord(i, "year"))
        {
            if (IsPunct(i + 1, '-') && Touches(i) && IsWord(i + 2, "end"))
            {
                return new GrammarMatch(i, i + 3, new OffsetSpec(TimeUnit.Year, 0, AnchorKind.Publication), TimexMod.End);
            }

            if (IsWord(i + 1, "end"))
            {
                return new GrammarMatch(i, i + 2, new OffsetSpec(TimeUnit.Year, 0, AnchorKind.Publication), TimexMod.End);
            }

            if (IsPunct(i + 1, '\'') && IsWord(i + 2, "s") && IsWord(i + 3, "end"))
            {
                return new GrammarMatch(i, i + 4, new OffsetSpec(TimeUnit.Year, 0, AnchorKind.Publication), TimexMod.End);
            }
        }

        if (!IsWord(i, "the"))
        {
            return null;
        }

        var k = i + 1;

        // "the 1988 quarter", "the 1989 period": the story's quarter in that year.
        if (TryYearNumber(k, out var year) && IsAnyWord(k + 1, "quarter", "period"))
        {
            return new GrammarMatch(i, k + 2, new QuarterOfYearSpec(year));
        }

        if (IsWord(k, "latest") && IsWord(k + 1, "period"))
        {
            return new GrammarMatch(i, k + 2, new NarrativeSpec(TimeUnit.Quarter, -1));
        }

        // "the full year" of a report is the reporting year, not a target year named before ("by 1992").
        if (IsWord(k, "full") && IsWord(k + 1, "year"))
        {
            return new GrammarMatch(i, k + 2, new PartOfYearSpec(0, false, null, WholeYear: true));
        }

        if (IsWord(k, "fiscal") && IsWord(k + 1, "year"))
        {
            return new GrammarMatch(i, k + 2, new NarrativeSpec(TimeUnit.Year, 0));
        }

        return Word(k) switch
        {
            "quarter" => new GrammarMatch(i, k + 1, new NarrativeSpec(TimeUnit.Quarter, -1)),
            "weekend" => new GrammarMatch(i, k + 1, new WeekendSpec()),
            "week" when !IsWord(k + 1, "of") => new GrammarMatch(i, k + 1, new NarrativeSpec(TimeUnit.Week, 0)),
            "year" when IsAnyWord(i - 1, "of", "for") || EarlierLaterIn(i) => new GrammarMatch(i, k + 1, new OffsetSpec(TimeUnit.Year, 0, AnchorKind.Publication)),
            "month" when IsAnyWord(i - 1, "of") || EarlierLaterIn(i) => new GrammarMatch(i, k + 1, new OffsetSpec(TimeUnit.Month, 0, AnchorKind.Publication)),
            _ => null,
        };
    }

    /// <summary>"earlier in the year", "later in the month": <paramref name="i"/> is at "the".</summary>
    private bool EarlierLaterIn(int i) => IsWord(i - 1, "in") && IsAnyWord(i - 2, "earlier", "later");

    /// <summary>
    /// "the week of March 6" (the week containing the date) and "the day before Tuesday", "the day after
    /// Oct. 12" (the day beside it): <paramref name="i"/> is at "week" or "day".
    /// </summary>
    private GrammarMatch? AroundDate(int i)
    {
        var week = IsWord(i, "week") && IsWord(i + 1, "of");
        var shift = IsWord(i, "day") && IsAnyWord(i + 1, "before", "after") ? (IsWord(i + 1, "before") ? -1 : 1) : 0;
        if (!week && shift == 0)
        {
            return null;
        }

        // A week needs a day of the month; a day beside another may also be a weekday ("the day before last Tuesday").
        var k = i + 2;
        if ((MonthLed(k) ?? DayMonth(k) ?? WeekdayLed(k, Direction.ByTense) ?? Relative(k)) is not { Spec: DateSpec date } d
            || (date.Day is null && (week || date.Weekday is null)))
        {
            return null;
        }

        return new GrammarMatch(i, d.End, new AroundDateSpec(date, shift, week));
    }

    /// <summary>"mid-afternoon", "mid morning yesterday": a part of the day after "mid" (the modifier itself is read before).</summary>
    private GrammarMatch? MidPartOfDay(int i)
    {
        var midBefore = IsWord(i - 1, "mid") || (IsPunct(i - 1, '-') && IsWord(i - 2, "mid"));
        if (!midBefore || !Lexicon.PartsOfDay.TryGetValue(Word(i), out var part) || Word(i) == "overnight")
        {
            return null;
        }

        int? offset = Word(i + 1) switch { "today" => 0, "yesterday" => -1, "tomorrow" => 1, _ => null };
        return offset is { } off
            ? new GrammarMatch(i, i + 2, new OffsetSpec(TimeUnit.Day, off, AnchorKind.Publication, part))
            : new GrammarMatch(i, i + 1, new NarrativeSpec(TimeUnit.Day, 0, part));
    }

    /// <summary>Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand".</summary>
    private GrammarMatch? SpokenYear(int i)
    {
        if (IsWord(i, "nineteen") && Lexicon.Numbers.TryGetValue(Word(i + 1), out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0)
        {
            var end = i + 2;
            var units = 0;
            var next = IsPunct(end, '-') ? end + 1 : end;
            if (Lexicon.Numbers.TryGetValue(Word(next), out var u) && u is >= 1 and <= 9 && Word(next) is not ("a" or "an"))
            {
                units = u;
                end = next + 1;
            }

            return new GrammarMatch(i, end, new FixedSpec(new YearValue(1900 + tens + units)));
        }

        if (IsWord(i, "the") && IsWord(i + 1, "year") && IsWord(i + 2, "two") && IsWord(i + 3, "thousand"))
        {
            return new GrammarMatch(i, i + 4, new FixedSpec(new YearValue(2000)));
        }

        return null;
    }
}
