using Chronicle.Core.Time.Values;
using NodaTime;

namespace Chronicle.Core.Time;

internal sealed partial class TimeGrammar
{
    /// <summary>Words before a bare capitalised month that make "May" or "March" a month, not a verb or noun.</summary>
    private bool MonthContext(int i) =>
        IsAnyWord(i - 1, "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from",
            "through", "during", "before", "after", "end", "beginning", "start", "middle", "to", "and", "or", "coming", "past")
        || IsPunct(i - 1, '-');

    /// <summary>A month name at <paramref name="i"/>; abbreviations and names that are also words need a capital.</summary>
    private bool TryMonth(int i, out int month, out int end)
    {
        month = 0;
        end = i;
        if (!Lexicon.Months.TryGetValue(Word(i), out month))
        {
            return false;
        }

        var w = Word(i);
        var abbreviated = w.Length <= 4 && w is not "june" and not "july" and not "may";
        if (!IsCapitalized(i) && (abbreviated || w is "may" or "march"))
        {
            return false;
        }

        if (abbreviated && w is "mar" or "jan" or "jun" or "jul" or "dec" or "oct" or "nov" or "sep" or "sept" or "feb" or "apr" or "aug"
            && !IsPunct(i + 1, '.') && !IsNumber(i + 1))
        {
            return false; // "Mar" alone is more likely a name than March
        }

        end = abbreviated ? SkipPeriod(i) : i + 1;
        return true;
    }

    /// <summary>"October", "October 2020", "Oct. 23", "January 25, 2024", "June of 1998", "July last year".</summary>
    private GrammarMatch? MonthLed(int i)
    {
        if (!TryMonth(i, out var month, out var e))
        {
            return null;
        }

        if (TryDayNumber(e, out var day, out var afterDay))
        {
            // "Jan. 25, 2024" / "Jan. 25 2024"
            var k = IsPunct(afterDay, ',') ? afterDay + 1 : afterDay;
            if (TryYearNumber(k, out var y))
            {
                return Valid(y, month, day) ? new GrammarMatch(i, k + 1, new DateSpec(y, month, day)) : null;
            }

            return day <= DaysIn(month) ? new GrammarMatch(i, afterDay, new DateSpec(null, month, day)) : null;
        }

        var yearAt = IsWord(e, "of") || IsPunct(e, ',') ? e + 1 : e;
        if (TryYearNumber(yearAt, out var year))
        {
            return new GrammarMatch(i, yearAt + 1, new DateSpec(year, month));
        }

        if (IsPunct(e, '\'') && Touches(e) && IsNumber(e + 1) && _t[e + 1].Length == 2)
        {
            return new GrammarMatch(i, e + 2, new DateSpec(TwoDigitYear(_t[e + 1].Number), month)); // "May '98"
        }

        // "January nineteen ninety-seven": a year said in words, as in broadcast transcripts.
        if (SpokenYear(yearAt) is { Spec: FixedSpec { Value: YearValue spoken } } said)
        {
            return new GrammarMatch(i, said.End, new DateSpec(spoken.Year, month));
        }

        // "January this year", "June last year", "July next year"
        if (IsAnyWord(e, "this", "last", "next") && IsWord(e + 1, "year"))
        {
            var offset = Word(e) switch { "last" => -1, "next" => 1, _ => 0 };
            return new GrammarMatch(i, e + 2, new MonthOfRelativeYearSpec(month, offset));
        }

        var w = Word(i);
        if (w is "may" or "march" && !MonthContext(i))
        {
            return null;
        }

        if (w == "octobers" || IsCapitalized(i))
        {
            return new GrammarMatch(i, e, new DateSpec(null, month));
        }

        return null;
    }

    /// <summary>The second day of "April 24 and 25", "Oct. 3 or 4": a day number joined to a month-day before it.</summary>
    private GrammarMatch? ConjoinedDay(int i)
    {
        if (!IsAnyWord(i - 1, "and", "or") || !TryDayNumber(i, out var day, out var end) || !TryDayNumber(i - 2, out _, out var firstEnd) || firstEnd != i - 1)
        {
            return null;
        }

        var m = IsPunct(i - 3, '.') ? i - 4 : i - 3;
        return TryMonth(m, out var month, out var afterMonth) && afterMonth == i - 2 && day <= DaysIn(month) && !IsNumber(end)
            ? new GrammarMatch(i, end, new DateSpec(null, month, day))
            : null;
    }

    /// <summary>"10 January", "10th of January 2024", "25 Jan 2024 23:52".</summary>
    private GrammarMatch? DayMonth(int i)
    {
        if (!TryDayNumber(i, out var day, out var e))
        {
            return null;
        }

        var m = IsWord(e, "of") ? e + 1 : e;
        if (!TryMonth(m, out var month, out var afterMonth))
        {
            return null;
        }

        var k = IsPunct(afterMonth, ',') ? afterMonth + 1 : afterMonth;
        if (TryYearNumber(k, out var year))
        {
            if (!Valid(year, month, day))
            {
                return null;
            }

            // "25 Jan 2024 23:52": a clock time right after the date belongs to it.
            if (TryClock(k + 1, out var clock, out var afterClock))
            {
                return new GrammarMatch(i, afterClock, new DateSpec(year, month, day, Clock: clock));
            }

            return new GrammarMatch(i, k + 1, new DateSpec(year, month, day));
        }

        return day <= DaysIn(month) ? new GrammarMatch(i, afterMonth, new DateSpec(null, month, day)) : null;
    }

    /// <summary>A bare year ("in 2014"), a decade written with digits ("1990s", "'90s"), a two-digit year after an apostrophe ("'98").</summary>
    private GrammarMatch? Year(int i)
    {
        if (IsPunct(i, '\'') && Touches(i) && IsNumber(i + 1) && _t[i + 1].Length == 2)
        {
            if (IsWord(i + 2, "s") && Touches(i + 1))
            {
                return new GrammarMatch(i, i + 3, new FixedSpec(new EraValue(TwoDigitYear(_t[i + 1].Number) / 10, 3)));
            }

            // "'98" needs a context that makes it a year ("in '98", "since '98").
            return IsAnyWord(i - 1, "in", "since", "of", "until", "by") ? new GrammarMatch(i, i + 2, new FixedSpec(new YearValue(TwoDigitYear(_t[i + 1].Number)))) : null;
        }

        if (!TryYearNumber(i, out var year))
        {
            return null;
        }

        if (IsWord(i + 1, "s") && Touches(i) && year % 10 == 0)
        {
            return new GrammarMatch(i, i + 2, new FixedSpec(new EraValue(year / 10, 3)));
        }

        // A four-digit number followed by a unit or a percent sign is a quantity, not a year.
        if (IsPunct(i + 1, '%') || Lexicon.Units.ContainsKey(Word(i + 1)) || IsPunct(i + 1, '-') && IsNumber(i + 2) && _t[i + 2].Length != 4 && _t[i + 2].Length != 2)
        {
            return null;
        }

        // "rose 2000 points", "1500 troops": a number before a lower-case noun, with no temporal word before it.
        // Quantities are round; a modern year that is not ("his unsuccessful 1996 campaign") stays a year.
        var next = i + 1;
        if (InRange(next) && _t[next].Kind == TimeTokenKind.Word && _t[next].Lower.Length == 0 && !_t[next].Capitalized
            && (year % 10 == 0 || year < 1900)
            && !IsPunct(i - 1, '-') && !IsAnyWord(i - 1, "in", "since", "of", "until", "from", "by", "the", "before", "after", "during", "through", "and", "or", "to",
                "early", "late", "mid", "fiscal", "year", "around", "between", "s", "for", "a", "an", "his", "her", "its", "their", "our",
                "that", "this", "these", "those", "whose", "which", "my", "your"))
        {
            return null;
        }

        // Years far from the present need a preposition ("in 1789"); bare 1000–1799 are usually quantities.
        if (year < 1800 && !IsAnyWord(i - 1, "in", "since", "of", "until", "from", "by", "year", "before", "after", "around"))
        {
            return null;
        }

        var start = IsWord(i - 1, "fiscal") ? i - 1 : i;
        if (IsWord(i - 1, "year") && IsWord(i - 2, "fiscal"))
        {
            start = i - 2;
        }

        return new GrammarMatch(start, i + 1, new FixedSpec(new YearValue(year)));
    }

    /// <summary>"2024-01-25", "2024-01-25T23:52", "25/01/2024", "01/25/24" (see <see cref="DayFirstPolicy"/>).</summary>
    private GrammarMatch? NumericDate(int i)
    {
        if (!IsNumber(i) || !Touches(i) || !InRange(i + 4))
        {
            return null;
        }

        var sep = _t[i + 1].Lower;
        if (sep is not ("-" or "/" or ".") || !IsPunct(i + 3, sep[0]) || !Touches(i + 1) || !Touches(i + 2) || !Touches(i + 3)
            || !IsNumber(i + 2) || !IsNumber(i + 4))
        {
            return null;
        }

        int a = _t[i].Number, b = _t[i + 2].Number, c = _t[i + 4].Number;
        int year, month, day;
        if (_t[i].Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else if (_t[i + 4].Length is 4 or 2 && _t[i].Length <= 2 && _t[i + 2].Length <= 2)
        {
            year = _t[i + 4].Length == 4 ? c : TwoDigitYear(c);
            (day, month) = DayFirstPolicy.Order(a, b);
        }
        else
        {
            return null;
        }

        if (!Valid(year, month, day) || (Touches(i + 4) && IsNumber(i + 6) && IsPunct(i + 5, sep[0])))
        {
            return null;
        }

        var end = i + 5;
        if (_t[i].Length == 4 && Touches(i + 4) && Word(i + 5) == "" && InRange(i + 5) && text[_t[i + 5].Start] is 'T' or 't'
            && _t[i + 5].Length == 1 && TryClock(i + 6, out var clock, out var afterClock))
        {
            return new GrammarMatch(i, afterClock, new DateSpec(year, month, day, Clock: clock));
        }

        return new GrammarMatch(i, end, new DateSpec(year, month, day));
    }

    /// <summary>A clock time, optionally followed by the day it is on ("10:35 a.m.", "9 a.m. Tuesday", "noon Thursday").</summary>
    private GrammarMatch? ClockLed(int i)
    {
        if (!TryClock(i, out var clock, out var e))
        {
            return null;
        }

        // "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6"
        var k = IsPunct(e, ',') ? e + 1 : e;
        if (WeekdayLed(k, Direction.ByTense) is { Spec: DateSpec day } w)
        {
            return new GrammarMatch(i, w.End, day with { Clock = clock, Part = null });
        }

        if (MonthLed(k) is { Spec: DateSpec md } m && md.Day is not null)
        {
            return new GrammarMatch(i, m.End, md with { Clock = clock });
        }

        if (Deictic(k) is { Spec: OffsetSpec { Unit: TimeUnit.Day } off } d)
        {
            return new GrammarMatch(i, d.End, new ClockOffsetSpec(off.Offset, clock));
        }

        return new GrammarMatch(i, e, new ClockOffsetSpec(0, clock));
    }

    /// <summary>"10:35", "10:35 a.m.", "3 p.m.", "15:00 GMT", "noon", "midnight".</summary>
    private bool TryClock(int i, out LocalTime clock, out int end)
    {
        clock = default;
        end = i;
        // "high noon" is the idiom (a showdown), not twelve o'clock.
        if (IsAnyWord(i, "noon", "midday") && !IsWord(i - 1, "high"))
        {
            clock = new LocalTime(12, 0);
            end = i + 1;
            return true;
        }

        if (IsWord(i, "midnight"))
        {
            clock = new LocalTime(0, 0);
            end = i + 1;
            return true;
        }

        if (!IsNumber(i) || _t[i].Length > 2 || _t[i].Number > 24)
        {
            return false;
        }

        var hour = _t[i].Number;
        var minute = 0;
        var k = i + 1;
        var hasMinutes = false;
        if (IsPunct(k, ':') && Touches(i) && IsNumber(k + 1) && Touches(k) && _t[k + 1].Length == 2 && _t[k + 1].Number < 60)
        {
            minute = _t[k + 1].Number;
            k += 2;
            hasMinutes = true;
            if (IsPunct(k, ':') && Touches(k - 1) && IsNumber(k + 1) && _t[k + 1].Length == 2)
            {
                k += 2; // seconds: kept in the extent, dropped from the value
            }
        }

        var meridiem = Meridiem(k, out var afterMeridiem);

        // "4 in the morning", "8 in the evening": the part of the day says a.m. or p.m.
        if (meridiem == 0 && !hasMinutes && hour is >= 1 and <= 12 && IsWord(k, "in") && IsWord(k + 1, "the") && Word(k + 2) is "morning" or "afternoon" or "evening")
        {
            meridiem = Word(k + 2) == "morning" ? 1 : 2;
            afterMeridiem = k + 3;
        }

        if (meridiem == 0 && !hasMinutes)
        {
            return false; // a bare number is not a time
        }

        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
            k = afterMeridiem;
        }

        if (hour == 24)
        {
            hour = 0;
        }

        // A time zone after the time belongs to the extent ("9 a.m. EST").
        if (IsAnyWord(k, "est", "edt", "gmt", "utc", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet") && IsCapitalized(k))
        {
            k++;
        }

        clock = new LocalTime(hour, minute);
        end = k;
        return true;
    }

    /// <summary>0 none, 1 a.m., 2 p.m.; accepts "am", "a.m.", "a.m", "AM".</summary>
    private int Meridiem(int i, out int end)
    {
        end = i;
        if (IsAnyWord(i, "am", "pm") && (!IsWord(i, "am") || IsCapitalized(i) || Touches(i - 1) || IsPunct(i + 1, '.')))
        {
            end = IsPunct(i + 1, '.') && Touches(i) ? i + 2 : i + 1;
            return IsWord(i, "am") ? 1 : 2;
        }

        if ((IsWord(i, "a") || IsWord(i, "p")) && IsPunct(i + 1, '.') && Touches(i) && IsWord(i + 2, "m") && Touches(i + 1))
        {
            end = IsPunct(i + 3, '.') && Touches(i + 2) ? i + 4 : i + 3;
            return IsWord(i, "a") ? 1 : 2;
        }

        return 0;
    }

    /// <summary>"Friday", "Friday's", "Monday night", "Thursday, April 6", "Mondays" (a set).</summary>
    private GrammarMatch? WeekdayLed(int i, Direction direction)
    {
        if (!Lexicon.Weekdays.TryGetValue(Word(i), out var dow))
        {
            return null;
        }

        var w = Word(i);
        if (w.Length <= 5 && !w.EndsWith("day", StringComparison.Ordinal) && !w.EndsWith("days", StringComparison.Ordinal))
        {
            // "Wed", "Thu", "Sat": only as abbreviations with a capital and a period or a date after them.
            if (!IsCapitalized(i) || !IsPunct(i + 1, '.'))
            {
                return null;
            }
        }
        else if (!IsCapitalized(i))
        {
            return null;
        }

        var weekday = "XXXX-WXX-" + dow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (w.EndsWith('s'))
        {
            return new GrammarMatch(i, i + 1, new FixedSpec(new OpenValue(weekday, OpenKind.Set)));
        }

        var e = w.Length <= 5 ? SkipPeriod(i) : i + 1;

        // "Tuesday nights", "Sunday mornings": the plural part of the day makes it a recurring time (a set);
        // in "Monday and Tuesday nights" it applies to both days.
        var shared = IsAnyWord(e, "and", "or") && Lexicon.Weekdays.ContainsKey(Word(e + 1)) && IsCapitalized(e + 1) ? e + 2 : e;
        if (Word(shared) is "nights" or "mornings" or "evenings" or "afternoons" && Lexicon.PartsOfDay.TryGetValue(Word(shared)[..^1], out var every))
        {
            return new GrammarMatch(i, shared == e ? e + 1 : e, new FixedSpec(new OpenValue(weekday + "T" + PartOfDayValue.Code(every), OpenKind.Set)));
        }

        // "Friday's meeting": the possessive is outside the extent (TimeML).
        // "Thursday, April 6", "Friday Oct. 13", "Saturday, 25 January 2024"
        var k = IsPunct(e, ',') ? e + 1 : e;
        if ((MonthLed(k) ?? DayMonth(k)) is { Spec: DateSpec { Day: not null } date } full)
        {
            return new GrammarMatch(i, full.End, date with { Weekday = dow });
        }

        if (Lexicon.PartsOfDay.TryGetValue(Word(e), out var part) && Word(e) != "overnight")
        {
            return new GrammarMatch(i, e + 1, new DateSpec(Weekday: dow, Part: part, Direction: direction));
        }

        return new GrammarMatch(i, e, new DateSpec(Weekday: dow, Direction: direction, Definite: IsWord(i - 1, "the")));
    }

    private static bool Valid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static int DaysIn(int month) => month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2001, month);

    /// <summary>Two-digit years: 00–39 are 20xx, 40–99 are 19xx.</summary>
    private static int TwoDigitYear(int yy) => yy < 40 ? 2000 + yy : 1900 + yy;
}
