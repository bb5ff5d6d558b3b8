using System.Globalization;
using Chronicle.Core.Model;
using Chronicle.Core.Time.Values;
using NodaTime;
using NodaTime.Calendars;

namespace Chronicle.Core.Time;

/// <summary>
/// Turns recognised expressions into values, left to right through one document. Relative expressions
/// resolve against the publication time; "the next day", "a year earlier", "that year" against the
/// previous date of the narrative (news style); a bare weekday right after a reference to another
/// week ("Last week … The Wednesday statement") falls in that week. With an unknown publication time,
/// relative expressions keep underspecified values ("XXXX-WXX-3") rather than guesses.
/// </summary>
internal sealed class TimeResolver(PublicationAnchor dct)
{
    private TemporalValue? _last;
    private LocalDate? _lastDay;
    private QuarterValue? _lastQuarter;
    private (WeekValue Week, int Sentence)? _lastWeek;

    /// <summary>Set when a value was derived from the narrative anchor by comparison ("a year earlier"); it must not become the new anchor.</summary>
    private bool _derived;

    /// <param name="anchors">False for text that must not move the narrative anchor (a truncated teaser or caption).</param>
    public ResolvedTime Resolve(GrammarMatch m, Func<Tense> tense, Func<Tense> strictTense, int sentence, bool anchors = true)
    {
        _derived = !anchors;
        var (value, confidence, anchor) = m.Spec switch
        {
            DateSpec d => ResolveDate(d, d.Weekday is null ? strictTense : tense, sentence),
            OffsetSpec o => ResolveOffset(o),
            NarrativeSpec n => ResolveNarrative(n),
            PartOfYearSpec p => ResolvePartOfYear(p),
            SeasonSpec s => ResolveSeason(s, tense),
            MonthOfRelativeYearSpec r => dct.Year is { } y
                ? (new MonthValue(new YearMonth(y + r.YearOffset, r.Month)), 0.85, "publication")
                : (Open("XXXX-" + Two(r.Month)), 0.5, null),
            ClockOffsetSpec { DayOffset: 0 } c when _lastDay is { } narrativeDay => (new ClockValue(narrativeDay, c.Clock), 0.7, "narrative"),
            ClockOffsetSpec c => dct.Day is { } day
                ? (new ClockValue(day.PlusDays(c.DayOffset), c.Clock), 0.8, "publication")
                : (Open("XXXX-XX-XXT" + c.Clock.ToString("HH:mm", CultureInfo.InvariantCulture)), 0.5, null),
            HolidaySpec { Week: true } h when dct.Day is { } wd => (WeekValue.Of(NearestHoliday(h, wd, tense)), 0.75, "publication"),
            HolidaySpec { Week: true } h => dct.Year is { } wy ? (WeekValue.Of(h.OnYear(wy)), 0.8, "publication") : (Open("XXXX-WXX"), 0.5, null),
            HolidaySpec h when dct.Day is { } hd => (new DayValue(NearestHoliday(h, hd, tense)), 0.75, "publication"),
            HolidaySpec h => dct.Year is { } hy ? (new DayValue(h.OnYear(hy)), 0.8, "publication") : (Open("XXXX" + new DayValue(h.OnYear(2001)).Timex[4..]), 0.5, null),
            QuarterOfYearSpec q => QuarterOfYear(q),
            WeekendSpec => dct.Day is { } wd
                ? (WeekValue.Of(wd.DayOfWeek >= IsoDayOfWeek.Friday ? wd : wd.PlusWeeks(-1), weekend: true), 0.7, "publication")
                : (Open("XXXX-WXX-WE"), 0.5, null),
            VagueOffsetSpec v => (new OpenValue(v.Sign < 0 ? "PAST_REF" : "FUTURE_REF", OpenKind.Reference), 0.7, null),
            FixedSpec f => (f.Value, 0.9, (string?)null),
            DurationSpecAmount a => (a.AsDuration().Value, 0.9, null),
            AroundDateSpec around => AroundDate(around, tense, sentence),
            _ => throw new InvalidOperationException("unknown time spec " + m.Spec.GetType().Name),
        };

        if (!_derived)
        {
            Remember(value, sentence);
        }

        var type = value switch
        {
            ClockValue or PartOfDayValue => TimexType.Time,
            OpenValue { Kind: OpenKind.Duration } => TimexType.Duration,
            OpenValue { Kind: OpenKind.Set } => TimexType.Set,
            OpenValue { Timex: var t } when t.Contains('T', StringComparison.Ordinal) && t.StartsWith('X') => TimexType.Time,
            _ => TimexType.Date,
        };
        return new ResolvedTime(value, type, m.Mod, confidence, anchor);
    }

    /// <summary>"the 1988 period": the story's quarter in that year, a comparison that does not move the story's quarter.</summary>
    private (TemporalValue, double, string?) QuarterOfYear(QuarterOfYearSpec q)
    {
        _derived = _lastQuarter is not null;
        return (new QuarterValue(q.Year, _lastQuarter?.Quarter ?? (dct.Month is { } qm ? ((qm + 8) % 12 / 3) + 1 : 4)), 0.6, "narrative");
    }

    private (TemporalValue, double, string?) AroundDate(AroundDateSpec a, Func<Tense> tense, int sentence)
    {
        var (value, confidence, anchor) = ResolveDate(a.Date, tense, sentence);
        if (value is not DayValue day)
        {
            return (value, confidence, anchor);
        }

        return a.Week ? (WeekValue.Of(day.Date), confidence, anchor) : (new DayValue(day.Date.PlusDays(a.DayShift)), confidence, anchor);
    }

    private void Remember(TemporalValue value, int sentence)
    {
        switch (value)
        {
            case DayValue d:
                _lastDay = d.Date;
                break;
            case PartOfDayValue p:
                _lastDay = p.Date;
                break;
            case ClockValue c:
                _lastDay = c.Date;
                break;
            // Only a finished quarter can be the one the story reports; a quarter still under way or
            // ahead ("losses through the third quarter of 1990") is an outlook, not the story's period.
            case QuarterValue q when dct.Day is not { } asOf || q.ToInterval().End < asOf:
                _lastQuarter = q;
                break;
            case WeekValue w:
                _lastWeek = (w, sentence);
                break;
            case OpenValue:
                return;
        }

        _last = value;
    }

    private (TemporalValue, double, string?) ResolveDate(DateSpec d, Func<Tense> tense, int sentence)
    {
        if (d.Year is { } year && d.Month is { } month)
        {
            if (d.Day is not { } day)
            {
                return (new MonthValue(new YearMonth(year, month)), 0.95, null);
            }

            return (WithTime(new LocalDate(year, month, day), d), 0.95, null);
        }

        if (d.Month is { } m)
        {
            if (dct.Year is not { } dy || dct.Month is not { } dm)
            {
                return (Open("XXXX-" + Two(m) + (d.Day is { } dd ? "-" + Two(dd) : "")), 0.5, null);
            }

            // Which year: by the explicit word, else by the tense of the clause (news is mostly about the past).
            var cmp = d.Day is { } dayOfMonth && dct.Day is { } dctDay
                ? ((m * 32) + dayOfMonth).CompareTo((dctDay.Month * 32) + dctDay.Day)
                : m.CompareTo(dm);
            var y = d.Direction switch
            {
                Direction.Last => cmp < 0 ? dy : dy - 1,
                Direction.Next => cmp > 0 ? dy : dy + 1,
                Direction.This => dy,
                _ => YearByTense(dy, MonthsFrom(dct, m, d.Day), tense),
            };
            if (d.Day is not { } dayNumber)
            {
                return (new MonthValue(new YearMonth(y, m)), 0.8, "publication");
            }

            return dayNumber <= CalendarSystem.Iso.GetDaysInMonth(y, m)
                ? (WithTime(new LocalDate(y, m, dayNumber), d), 0.8, "publication")
                : (Open("XXXX-" + Two(m) + "-" + Two(dayNumber)), 0.5, null);
        }

        if (d.Weekday is { } weekday)
        {
            var dow = (IsoDayOfWeek)weekday;

            // A weekday right after a reference to another week falls in that week ("Last week … on Wednesday").
            if (d.Direction == Direction.ByTense && d.Definite && _lastWeek is { } lw && sentence - lw.Sentence <= 1 && dct.Day is { } today
                && lw.Week != WeekValue.Of(today))
            {
                var inWeek = LocalDate.FromWeekYearWeekAndDay(lw.Week.WeekYear, lw.Week.Week, dow);
                return (WithTime(inWeek, d), 0.7, "narrative:" + lw.Week.Timex);
            }

            if (dct.Day is not { } pub)
            {
                return (Open("XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture) + PartSuffix(d)), 0.5, null);
            }

            // "the previous Friday", "the following Monday": from the day the story is at, when it has one.
            var from = d.FromNarrative && _lastDay is { } storyDay ? storyDay : pub;
            var date = d.Direction switch
            {
                Direction.Last => from.Previous(dow),
                Direction.Next => from.Next(dow),
                Direction.This => LocalDate.FromWeekYearWeekAndDay(WeekYearRules.Iso.GetWeekYear(pub), WeekYearRules.Iso.GetWeekOfWeekYear(pub), dow),
                _ => pub.DayOfWeek == dow ? pub : tense() == Tense.Future ? pub.Next(dow) : pub.Previous(dow),
            };
            return (WithTime(date, d), d.Direction == Direction.ByTense ? 0.75 : 0.85, "publication");
        }

        if (d.Year is { } onlyYear)
        {
            return (new YearValue(onlyYear), 0.95, null);
        }

        return (Open("XXXX-XX-XX"), 0.3, null);
    }

    /// <summary>
    /// The year of a month (or day) named without one: the publication year, or last year's when that
    /// would be more than six months ahead, unless the clause's tense points clearly the other way and
    /// the date is more than a month off
    /// ("was reached in October" in April → last October; "will vote in January" in September → next January).
    /// </summary>
    private static int YearByTense(int dctYear, double monthsAfter, Func<Tense> tense)
    {
        if (monthsAfter > 1 && tense() == Tense.Past)
        {
            return dctYear - 1;
        }

        if (monthsAfter < -1 && tense() == Tense.Future)
        {
            return dctYear + 1;
        }

        // Without a cue: a date more than six months ahead is last year's (news looks back more than
        // forward); anything else stays in the publication year.
        return monthsAfter > 6 ? dctYear - 1 : dctYear;
    }

    /// <summary>How many months the date in the publication year lies after the publication (negative: before).</summary>
    private static double MonthsFrom(PublicationAnchor dct, int month, int? day)
    {
        var months = (double)(month - dct.Month!.Value);
        if (day is { } dd && dct.Day is { } pub)
        {
            months += (dd - pub.Day) / 31.0;
        }

        return months;
    }

    private static TemporalValue WithTime(LocalDate date, DateSpec d) =>
        d.Clock is { } clock ? new ClockValue(date, clock) : d.Part is { } part ? new PartOfDayValue(date, part) : new DayValue(date);

    private static string PartSuffix(DateSpec d) =>
        d.Clock is { } clock ? "T" + clock.ToString("HH:mm", CultureInfo.InvariantCulture) : d.Part is { } p ? "T" + PartOfDayValue.Code(p) : "";

    private (TemporalValue, double, string?) ResolveOffset(OffsetSpec o)
    {
        var narrative = o.Anchor == AnchorKind.Narrative && _last is not null;
        var anchor = narrative ? "narrative:" + _last!.Timex : "publication";

        // "a year earlier", "a year ago" after a quarter is the same quarter a year before (earnings reports).
        if (o.Counted && o.Unit == TimeUnit.Year && _last is QuarterValue q)
        {
            _derived = true;
            return (q.Plus(4 * o.Offset), 0.7, "narrative:" + q.Timex);
        }

        var baseDay = narrative ? _lastDay ?? _last!.ToInterval()?.Start : dct.Day;
        var baseYear = narrative ? baseDay?.Year ?? (_last as YearValue)?.Year : dct.Year;
        var baseMonth = narrative ? baseDay is { } bd ? new YearMonth(bd.Year, bd.Month) : (YearMonth?)null
            : dct.Year is { } py && dct.Month is { } pm ? new YearMonth(py, pm) : null;
        var confidence = narrative ? 0.7 : 0.85;
        switch (o.Unit)
        {
            case TimeUnit.Day when baseDay is { } day:
                var target = day.PlusDays(o.Offset);
                return (o.Part is { } part ? new PartOfDayValue(target, part) : new DayValue(target), confidence, anchor);
            case TimeUnit.Week when baseDay is { } wd:
                return (WeekValue.Of(wd.PlusWeeks(o.Offset)), confidence, anchor);
            case TimeUnit.Weekend when baseDay is { } we:
                return (WeekValue.Of(we.PlusWeeks(o.Offset), weekend: true), confidence, anchor);
            case TimeUnit.Month when baseMonth is { } ym:
                return (new MonthValue(ym.PlusMonths(o.Offset)), confidence, anchor);
            case TimeUnit.Quarter when baseMonth is { } qm:
                return (new QuarterValue(qm.Year, ((qm.Month - 1) / 3) + 1).Plus(o.Offset), confidence, anchor);
            case TimeUnit.Year when baseYear is { } y:
                return (new YearValue(y + o.Offset), confidence, anchor);
            case TimeUnit.Decade when baseYear is { } dy:
                return (new EraValue((dy / 10) + o.Offset, 3), confidence, anchor);
            case TimeUnit.Century when baseYear is { } cy:
                return (new EraValue((cy / 100) + o.Offset, 2), confidence, anchor);
            default:
                return (Open(Unresolved(o.Unit, o.Part)), 0.5, null);
        }
    }

    private (TemporalValue, double, string?) ResolveNarrative(NarrativeSpec n)
    {
        switch (n.Unit)
        {
            case TimeUnit.Quarter when _lastQuarter is { } q:
                return (q, 0.7, "narrative:" + q.Timex);
            case TimeUnit.Day when _lastDay is { } d:
                return (n.Part is { } p ? new PartOfDayValue(d, p) : new DayValue(d), 0.7, "narrative:" + d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            case TimeUnit.Year when _last?.ToInterval() is { } iv:
                return (new YearValue(iv.Start.Year), 0.7, "narrative:" + _last!.Timex);
            case TimeUnit.Month when _last?.ToInterval() is { } mv && mv.Start.Month == mv.End.Month && mv.Start.Year == mv.End.Year:
                return (new MonthValue(new YearMonth(mv.Start.Year, mv.Start.Month)), 0.7, "narrative:" + _last!.Timex);
            case TimeUnit.Week when _lastWeek is { } w:
                return (w.Week, 0.7, "narrative:" + w.Week.Timex);
            default:
                return ResolveOffset(new OffsetSpec(n.Unit, n.FallbackOffset, AnchorKind.Publication, n.Part));
        }
    }

    private (TemporalValue, double, string?) ResolvePartOfYear(PartOfYearSpec p)
    {
        // "the full year": the year of the quarter being reported, else the publication year.
        if (p.WholeYear)
        {
            return _lastQuarter is { } rq ? (new YearValue(rq.Year), 0.7, "narrative:" + rq.Timex)
                : dct.Year is { } fy ? (new YearValue(fy), 0.7, "publication") : (Open("XXXX"), 0.4, null);
        }

        if (p.Latest)
        {
            var current = _lastQuarter ?? (dct.Year is { } y && dct.Month is { } m ? new QuarterValue(y, ((m - 1) / 3) + 1).Plus(-1) : null);
            _derived = p.YearOffset != 0;
            return current is null ? (Open("XXXX-QX"), 0.4, null) : (current.Plus(4 * p.YearOffset), 0.7, "narrative:" + current.Timex);
        }

        int year;
        string? anchor = null;
        if (p.Year is { } explicitYear)
        {
            year = explicitYear;
        }
        else if (dct.Year is { } dy)
        {
            year = dy + p.YearOffset;
            anchor = "publication";

            // In January the "fourth quarter" is the one just ended, not the one eleven months ahead.
            if (p.YearOffset == 0 && !p.Half && dct.Month is { } pm && p.Number > ((pm - 1) / 3) + 2)
            {
                year--;
            }
        }
        else
        {
            return (Open("XXXX-" + (p.Half ? "H" : "Q") + p.Number.ToString(CultureInfo.InvariantCulture)), 0.5, null);
        }

        return (p.Half ? new HalfValue(year, p.Number) : new QuarterValue(year, p.Number), p.Year is null ? 0.8 : 0.95, anchor);
    }

    private (TemporalValue, double, string?) ResolveSeason(SeasonSpec s, Func<Tense> tense)
    {
        if (s.Year is { } year)
        {
            return (new SeasonValue(year, s.Season), 0.95, null);
        }

        if (dct.Year is not { } dy)
        {
            return (Open("XXXX-" + SeasonValue.Code(s.Season)), 0.5, null);
        }

        // Seasons in calendar order from the publication month; winter counts as the year it starts in.
        var now = dct.Month is { } m ? SeasonOf(m) : s.Season;

        // January and February belong to the winter that began the year before.
        dy += dct.Month is 1 or 2 ? -1 : 0;
        var cmp = ((int)s.Season).CompareTo((int)now);
        var y = s.Direction switch
        {
            Direction.Last => cmp < 0 ? dy : dy - 1,
            Direction.Next => cmp > 0 ? dy : dy + 1,
            Direction.This => dy,
            _ => tense() switch
            {
                Tense.Past => cmp > 0 ? dy - 1 : dy,
                Tense.Future => cmp < 0 ? dy + 1 : dy,
                _ => dy,
            },
        };
        return (new SeasonValue(y, s.Season), 0.75, "publication");
    }

    private static LocalDate NearestHoliday(HolidaySpec h, LocalDate pub, Func<Tense> tense)
    {
        var thisYear = h.OnYear(pub.Year);
        var monthsAfter = Period.Between(pub, thisYear, PeriodUnits.Days).Days / 30.5;
        return h.OnYear(YearByTense(pub.Year, monthsAfter, tense));
    }

    private static Season SeasonOf(int month) => month switch
    {
        3 or 4 or 5 => Season.Spring,
        6 or 7 or 8 => Season.Summer,
        9 or 10 or 11 => Season.Fall,
        _ => Season.Winter,
    };

    private static string Unresolved(TimeUnit unit, PartOfDay? part) => unit switch
    {
        TimeUnit.Day => "XXXX-XX-XX" + (part is { } p ? "T" + PartOfDayValue.Code(p) : ""),
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        _ => "XX",
    };

    private static OpenValue Open(string timex) => new(timex, OpenKind.Underspecified);

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);
}
