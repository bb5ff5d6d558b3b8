using Chronicle.Core.Model;
using Chronicle.Core.Time.Values;

namespace Chronicle.Core.Time;

internal sealed partial class TimeGrammar
{
    /// <summary>
    /// A determiner that places a unit, month, weekday or season relative to an anchor: "last week",
    /// "next September", "the following day", "this morning", "that year", "the past three years".
    /// </summary>
    private GrammarMatch? Relative(int i)
    {
        int offset;
        AnchorKind anchor;
        var narrativeSame = false;
        switch (Word(i))
        {
            case "last" or "past":
                (offset, anchor) = (-1, AnchorKind.Publication);
                break;
            case "previous" or "prior" or "preceding":
                (offset, anchor) = (-1, AnchorKind.Narrative);
                break;
            case "this" or "current" or "present":
                (offset, anchor) = (0, AnchorKind.Publication);
                break;
            case "next" or "coming" or "upcoming":
                (offset, anchor) = (1, AnchorKind.Publication);
                break;
            case "following":
                (offset, anchor) = (1, AnchorKind.Narrative);
                break;
            case "that" or "same" or "latest":
                (offset, anchor) = (0, AnchorKind.Narrative);
                narrativeSame = true;
                break;
            default:
                return null;
        }

        var k = i + 1;

        // "ABC's \"This Week\"": a capitalised phrase right after an opening quote is a title.
        if (IsCapitalized(i) && IsCapitalized(k) && Lexicon.Units.ContainsKey(Word(k)) && (IsPunct(i - 1, '"') || IsPunct(i - 1, '`')))
        {
            return null;
        }

        // "this past Sunday", "this coming week"
        if (Word(i) == "this" && IsAnyWord(k, "past", "coming"))
        {
            offset = Word(k) == "past" ? -1 : 1;
            k++;
        }

        // "the past three years", "the next few days", "the last two weeks": a duration.
        if (Word(i) is "last" or "past" or "next" or "coming" or "following" or "previous" or "latest" or "first"
            && DurationRule(k, afterThe: true) is { Spec: DurationSpecAmount amount } d && (amount.Amount is not null || Word(k) is "few" or "several" or "many"))
        {
            return new GrammarMatch(i, d.End, (amount with { Qualified = true }).AsDuration());
        }

        var w = Word(k);
        var dir = offset switch { < 0 => Direction.Last, > 0 => Direction.Next, _ => Direction.This };
        if (Lexicon.Months.ContainsKey(w) && TryMonth(k, out var month, out var afterMonth) && !narrativeSame)
        {
            // "last Oct. 23": the day belongs to the month the determiner places.
            return TryDayNumber(afterMonth, out var day, out var afterDay) && day <= DaysIn(month)
                ? new GrammarMatch(i, afterDay, new DateSpec(Month: month, Day: day, Direction: dir))
                : new GrammarMatch(i, afterMonth, new DateSpec(Month: month, Direction: dir));
        }

        if (Lexicon.Weekdays.ContainsKey(w) && !narrativeSame)
        {
            // "the previous Friday", "the following Monday" count from the narrative's day, like "the next day".
            return WeekdayLed(k, dir) is { } wd ? wd with { Start = i, Spec = anchor == AnchorKind.Narrative && wd.Spec is DateSpec ds ? ds with { FromNarrative = true } : wd.Spec } : null;
        }

        if (Lexicon.Seasons.TryGetValue(w, out var season) && !narrativeSame)
        {
            return new GrammarMatch(i, k + 1, new SeasonSpec(season, null, dir));
        }

        if (Lexicon.PartsOfDay.TryGetValue(w, out var part) && Word(i) is "next" or "following" && IsWord(i - 1, "the"))
        {
            return new GrammarMatch(i, k + 1, new OffsetSpec(TimeUnit.Day, 1, AnchorKind.Narrative, part)); // "the next morning"
        }

        if (Lexicon.PartsOfDay.TryGetValue(w, out part) && Word(i) is "this" or "last" or "that" or "same")
        {
            // "this morning" (today), "last night" (the night before publication), "that evening" (narrative day)
            if (Word(i) == "that" || Word(i) == "same")
            {
                return new GrammarMatch(i, k + 1, new NarrativeSpec(TimeUnit.Day, 0, part));
            }

            return new GrammarMatch(i, k + 1, new OffsetSpec(TimeUnit.Day, Word(i) == "last" && part == PartOfDay.Night ? -1 : Word(i) == "last" ? -1 : 0, AnchorKind.Publication, part));
        }

        // "fiscal year": "this fiscal year", "the latest fiscal year"
        if (w == "fiscal" && IsWord(k + 1, "year"))
        {
            k++;
            w = "year";
        }

        if (!Lexicon.Units.TryGetValue(w, out var unit) || w.EndsWith('s') && w != "years" && w != "days" && w != "weeks" && w != "months" && w != "hours")
        {
            return null;
        }

        if (w is "years" or "days" or "weeks" or "months" or "hours")
        {
            // "the coming days" → FUTURE_REF, "the past years" → PAST_REF
            return Word(i) switch
            {
                "coming" or "next" or "upcoming" => new GrammarMatch(i, k + 1, new FixedSpec(new OpenValue("FUTURE_REF", OpenKind.Reference))),
                "past" or "last" or "previous" => new GrammarMatch(i, k + 1, new FixedSpec(new OpenValue("PAST_REF", OpenKind.Reference))),
                _ => null,
            };
        }

        if (narrativeSame)
        {
            if (Word(i) == "latest" && unit is not (TimeUnit.Quarter or TimeUnit.Year))
            {
                return null;
            }

            // "the latest quarter" is the quarter the story reports, else the last complete one.
            return new GrammarMatch(i, k + 1, new NarrativeSpec(unit, Word(i) == "latest" ? -1 : 0));
        }

        switch (unit)
        {
            case TimeUnit.Decade when offset < 0 && Word(i) is "past" or "last":
                return new GrammarMatch(i, k + 1, new FixedSpec(new OpenValue("P10Y", OpenKind.Duration)));
            case TimeUnit.Century when offset < 0 && Word(i) is "past" or "last":
                return new GrammarMatch(i, k + 1, new FixedSpec(new OpenValue("P100Y", OpenKind.Duration)));
            case TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Millennium:
                return null;
            case TimeUnit.Day when offset != 0:
                // "the next day", "the previous day": a day counts from the narrative, never from "today".
                return new GrammarMatch(i, k + 1, new OffsetSpec(unit, offset, AnchorKind.Narrative));
            default:
                return new GrammarMatch(i, k + 1, new OffsetSpec(unit, offset, anchor));
        }
    }

    /// <summary>
    /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
    /// "the first half of 1989", "this year's third quarter", "the 1988 third quarter", "Q3 2024",
    /// and "the year-earlier quarter" (the story's quarter a year before).
    /// </summary>
    private GrammarMatch? PartOfYear(int i)
    {
        // "the corresponding period last year", "the quarter a year ago": the story's quarter a year before.
        if (YearBeforePeriod(i) is { } yearBefore)
        {
            return yearBefore;
        }

        var k = i;
        int? year = null;
        var yearOffset = 0;
        if (IsAnyWord(k, "this", "last", "next") && IsWord(k + 1, "year") && IsPunct(k + 2, '\'') && IsWord(k + 3, "s"))
        {
            yearOffset = Word(k) switch { "last" => -1, "next" => 1, _ => 0 };
            k += 4;

            // "last year's quarter", "last year's period": the story's quarter a year before (earnings style).
            if (yearOffset == -1 && IsAnyWord(k, "quarter", "period"))
            {
                return new GrammarMatch(i, k + 1, new PartOfYearSpec(0, false, null, -1, Latest: true));
            }
        }
        else if (TryYearNumber(k, out var y) && (Lexicon.Ordinals.ContainsKey(Word(k + 1)) || IsWord(k + 1, "fiscal")))
        {
            year = y;
            k++;
        }

        // "the year-earlier quarter", "year-ago period", "the year-earlier third quarter"
        if (IsWord(k, "year") && IsPunct(k + 1, '-') && IsAnyWord(k + 2, "earlier", "ago"))
        {
            var e = k + 3;

            // "the year-earlier nine months": a span of the year before is still a duration.
            if (DurationRule(e, afterThe: true) is { Spec: DurationSpecAmount { Amount: not null } span } spanMatch && span.Unit is TimeUnit.Month or TimeUnit.Week)
            {
                return new GrammarMatch(i, spanMatch.End, span.AsDuration());
            }

            if (Lexicon.Ordinals.TryGetValue(Word(e), out var ord) && IsAnyWord(e + 1, "quarter"))
            {
                return new GrammarMatch(i, e + 2, new PartOfYearSpec(ord, false, null, -1, Latest: false) with { });
            }

            if (IsAnyWord(e, "quarter", "period"))
            {
                e++;
            }

            return new GrammarMatch(i, e, new PartOfYearSpec(0, false, null, -1, Latest: true));
        }

        if (IsWord(k, "fiscal"))
        {
            k++;
            if (IsPunct(k, '-'))
            {
                k++;
            }
        }

        int number;
        if (IsWord(k, "q") && IsNumber(k + 1) && Touches(k) && _t[k + 1].Number is >= 1 and <= 4 && IsCapitalized(k))
        {
            number = _t[k + 1].Number;
            k += 2;
            return FinishPartOfYear(i, k, number, false, year, yearOffset);
        }

        if (Lexicon.Ordinals.TryGetValue(Word(k), out number))
        {
            k++;
        }
        else if (IsNumber(k) && _t[k].Number is >= 1 and <= 4 && Touches(k) && IsAnyWord(k + 1, "st", "nd", "rd", "th"))
        {
            number = _t[k].Number;
            k += 2;
        }
        else
        {
            return null;
        }

        if (IsPunct(k, '-'))
        {
            k++;
        }

        if (IsWord(k, "fiscal"))
        {
            k++;
        }

        var half = IsWord(k, "half");
        if (!half && !IsWord(k, "quarter"))
        {
            return null;
        }

        if (number == -1)
        {
            number = half ? 2 : 4; // "the last quarter", "the last half"
        }

        if ((half && number > 2) || number > 4)
        {
            return null;
        }

        return FinishPartOfYear(i, k + 1, number, half, year, yearOffset);
    }

    private GrammarMatch FinishPartOfYear(int start, int k, int number, bool half, int? year, int yearOffset)
    {
        // "of 1989", "of fiscal 1989", "1989", "of this year", "of next year"
        var y = IsWord(k, "of") ? k + 1 : k;
        if (IsWord(y, "fiscal"))
        {
            y++;
        }

        if (year is null && TryYearNumber(y, out var explicitYear))
        {
            return new GrammarMatch(start, y + 1, new PartOfYearSpec(number, half, explicitYear));
        }

        // "the last half of the '80s", "the first half of the 1990s": the decade's start or end.
        if (half && IsWord(k, "of") && IsWord(k + 1, "the") && (Year(k + 2) ?? Era(k + 2)) is { Spec: FixedSpec { Value: EraValue } } decade)
        {
            return new GrammarMatch(start, decade.End, decade.Spec, number == 1 ? TimexMod.Start : TimexMod.End);
        }

        if (IsWord(k, "of") && IsAnyWord(k + 1, "this", "last", "next", "the") && IsWord(k + 2, "year"))
        {
            var off = Word(k + 1) switch { "last" => -1, "next" => 1, _ => 0 };
            return new GrammarMatch(start, k + 3, new PartOfYearSpec(number, half, null, off));
        }

        return new GrammarMatch(start, k, new PartOfYearSpec(number, half, year, yearOffset));
    }

    /// <summary>Decades and centuries in words: "the nineties", "the 20th century", "the nineteenth century".</summary>
    private GrammarMatch? Era(int i)
    {
        var decade = Word(i) switch
        {
            "twenties" => 2, "thirties" => 3, "forties" => 4, "fifties" => 5, "sixties" => 6, "seventies" => 7,
            "eighties" => 8, "nineties" => 9, _ => 0,
        };
        if (decade > 0 && IsWord(i - 1, "the"))
        {
            return new GrammarMatch(i, i + 1, new FixedSpec(new EraValue(190 + decade, 3)));
        }

        int ordinal;
        var k = i;
        if (Lexicon.Ordinals.TryGetValue(Word(k), out ordinal) && ordinal > 0)
        {
            k++;
        }
        else if (IsNumber(k) && _t[k].Number is >= 1 and <= 21 && Touches(k) && IsAnyWord(k + 1, "st", "nd", "rd", "th"))
        {
            ordinal = _t[k].Number;
            k += 2;
        }
        else
        {
            return null;
        }

        if (IsPunct(k, '-'))
        {
            k++;
        }

        return IsWord(k, "century") ? new GrammarMatch(i, k + 1, new FixedSpec(new EraValue(ordinal - 1, 2))) : null;
    }

    /// <summary>"summer", "the fall of 1998", "winter 2024" (bare "fall" needs a determiner: it is also a verb).</summary>
    private GrammarMatch? SeasonRule(int i)
    {
        if (!Lexicon.Seasons.TryGetValue(Word(i), out var season))
        {
            return null;
        }

        var y = IsWord(i + 1, "of") ? i + 2 : i + 1;
        if (TryYearNumber(y, out var year))
        {
            return new GrammarMatch(i, y + 1, new SeasonSpec(season, year, Direction.This));
        }

        if (SpokenYear(y) is { Spec: FixedSpec { Value: YearValue spoken } } s)
        {
            return new GrammarMatch(i, s.End, new SeasonSpec(season, spoken.Year, Direction.This)); // "the winter of nineteen ninety-four"
        }

        var determiner = IsAnyWord(i - 1, "the", "early", "late", "mid", "this", "last", "next");
        if (season == Season.Fall ? !determiner : !(determiner || IsAnyWord(i - 1, "in", "during", "since", "until", "by", "over")))
        {
            return null;
        }

        return new GrammarMatch(i, i + 1, new SeasonSpec(season, null, Direction.ByTense));
    }

    /// <summary>Vague references: "the future", "the near future", "the past", "the near term", "these days", "recent weeks", "coming months".</summary>
    private GrammarMatch? Vague(int i)
    {
        var w = Word(i);
        var afterThe = IsWord(i - 1, "the");
        if (w == "future" && (afterThe || IsAnyWord(i - 1, "in", "near")))
        {
            return Ref(i, i + 1, "FUTURE_REF");
        }

        if (w == "near" && IsAnyWord(i + 1, "future", "term"))
        {
            return Ref(i, i + 2, "FUTURE_REF");
        }

        if (w is "long" or "short" or "medium" && IsWord(i + 1, "term") && afterThe)
        {
            return Ref(i, i + 2, "FUTURE_REF");
        }

        if (w == "past" && (afterThe || IsWord(i - 1, "in")) && !IsNumber(i + 1) && !Lexicon.Units.ContainsKey(Word(i + 1))
            && !Lexicon.Numbers.ContainsKey(Word(i + 1)) && !Lexicon.VagueAmounts.Contains(Word(i + 1)) && !Lexicon.Months.ContainsKey(Word(i + 1))
            && !Lexicon.Weekdays.ContainsKey(Word(i + 1)) && !Lexicon.Seasons.ContainsKey(Word(i + 1)))
        {
            return Ref(i, i + 1, "PAST_REF");
        }

        if (w == "present" && afterThe && !Lexicon.Units.ContainsKey(Word(i + 1)))
        {
            return Ref(i, i + 1, "PRESENT_REF");
        }

        if (w == "these" && IsWord(i + 1, "days"))
        {
            return Ref(i, i + 2, "PRESENT_REF");
        }

        // "a later date": some time ahead.
        if (w == "a" && IsWord(i + 1, "later") && IsWord(i + 2, "date"))
        {
            return Ref(i, i + 3, "FUTURE_REF");
        }

        if (w is "recent" or "coming" or "upcoming" && Word(i + 1) is "days" or "weeks" or "months" or "quarters" or "years" or "decades")
        {
            var end = i + 2;
            if (IsAnyWord(end, "and", "or") && Word(end + 1) is "days" or "weeks" or "months" or "years")
            {
                end += 2; // "recent weeks and months"
            }

            if (w == "recent" && Word(i + 1) != "years")
            {
                // TimeBank: "recent weeks" is a vague duration (PXW); "recent years" stays PAST_REF.
                return new GrammarMatch(i, end, new DurationSpecAmount(Lexicon.Units[Word(i + 1)], null, true).AsDuration());
            }

            return Ref(i, end, w == "recent" ? "PAST_REF" : "FUTURE_REF");
        }

        return null;
    }

    private static GrammarMatch Ref(int start, int end, string value) => new(start, end, new FixedSpec(new OpenValue(value, OpenKind.Reference)));

    /// <summary>Words that are times by themselves: "today", "yesterday afternoon", "tonight", "now", "recently", "soon".</summary>
    private GrammarMatch? Deictic(int i)
    {
        var w = Word(i);
        int? dayOffset = w switch
        {
            "today" => 0,
            "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => null,
        };
        if (dayOffset is { } off)
        {
            if (w == "tonight")
            {
                return new GrammarMatch(i, i + 1, new OffsetSpec(TimeUnit.Day, 0, AnchorKind.Publication, PartOfDay.Night));
            }

            if (Lexicon.PartsOfDay.TryGetValue(Word(i + 1), out var part) && Word(i + 1) != "overnight")
            {
                return new GrammarMatch(i, i + 2, new OffsetSpec(TimeUnit.Day, off, AnchorKind.Publication, part));
            }

            // "today's market" usually means the present in general (a determiner, not tagged in TimeBank);
            // "yesterday's vote", "tomorrow's meeting" name a particular day.
            if (w == "today" && IsPunct(i + 1, '\'') && IsWord(i + 2, "s") && Touches(i))
            {
                return null;
            }

            return new GrammarMatch(i, i + 1, new OffsetSpec(TimeUnit.Day, off, AnchorKind.Publication));
        }

        switch (w)
        {
            case "now" when !IsWord(i - 1, "from"):
                return IsWord(i - 1, "right") ? Ref(i - 1, i + 1, "PRESENT_REF") with { Start = i - 1 } : Ref(i, i + 1, "PRESENT_REF");
            case "currently" or "presently" or "nowadays":
                return Ref(i, i + 1, "PRESENT_REF");
            case "recently" or "lately":
                return Ref(i, i + 1, "PAST_REF");

            // The bare adjectives anchor a noun in the present or recent past, as TimeML tags them:
            // "the current crisis", "a recent filing" ("the current quarter" is a longer match elsewhere).
            // "the then current chairman": the present of the past.
            case "current" when IsWord(i - 1, "then") || (IsPunct(i - 1, '-') && IsWord(i - 2, "then")):
                return Ref(IsWord(i - 1, "then") ? i - 1 : i - 2, i + 1, "PAST_REF");
            case "current":
                return Ref(i, i + 1, "PRESENT_REF");
            case "recent":
                return Ref(i, i + 1, "PAST_REF");
            case "soon" when !IsWord(i + 1, "as") && !IsWord(i + 1, "after"):
                return Ref(i, i + 1, "FUTURE_REF");
            default:
                return null;
        }
    }

    /// <summary>
    /// Sets: "daily", "near-daily", "annually", "every week", "each year", "every two years",
    /// "every Monday", "each July", and "a year" after a rate ("twice a year", "three times a day").
    /// </summary>
    private GrammarMatch? SetRule(int i)
    {
        var w = Word(i);
        if (Lexicon.Frequencies.TryGetValue(w, out var freq))
        {
            return Set(i, i + 1, freq);
        }

        if (w == "near" && IsPunct(i + 1, '-') && Touches(i) && Lexicon.Frequencies.TryGetValue(Word(i + 2), out freq))
        {
            return Set(i, i + 3, freq);
        }

        if (w is "every" or "each")
        {
            var k = i + 1;
            var step = 1.0;
            if (IsWord(k, "other"))
            {
                step = 2;
                k++;
            }
            else if (TryAmount(k, out var amount, out var afterAmount) && amount is { } a && a > 1)
            {
                step = a;
                k = afterAmount;
            }

            var u = Word(k);
            if (Lexicon.Units.TryGetValue(u, out var unit))
            {
                return Set(i, k + 1, DurationSpecAmount.Format(unit, step));
            }

            if (Lexicon.Weekdays.TryGetValue(u, out var dow))
            {
                return Set(i, k + 1, "XXXX-WXX-" + dow.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (Lexicon.Months.TryGetValue(u, out var month) && IsCapitalized(k))
            {
                return Set(i, k + 1, "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (Lexicon.Seasons.TryGetValue(u, out var season))
            {
                return Set(i, k + 1, "XXXX-" + SeasonValue.Code(season));
            }

            if (Lexicon.PartsOfDay.TryGetValue(u, out var part))
            {
                return Set(i, k + 1, "XXXX-XX-XXT" + PartOfDayValue.Code(part));
            }

            return null;
        }

        // "twice a year", "three times a week", "once a month", "$5 a day": "a year" is the period of a rate.
        if (w is "a" or "per" && Lexicon.Units.TryGetValue(Word(i + 1), out var rateUnit) && !Word(i + 1).EndsWith('s')
            && (IsAnyWord(i - 1, "once", "twice", "times") || IsNumber(i - 1) || IsPunct(i - 1, '%'))
            && !IsAnyWord(i + 2, "earlier", "ago", "later", "before"))
        {
            return Set(i, i + 2, DurationSpecAmount.Format(rateUnit, 1));
        }

        return null;
    }

    private static GrammarMatch Set(int start, int end, string value) => new(start, end, new FixedSpec(new OpenValue(value, OpenKind.Set)));

    /// <summary>Holidays with a fixed rule: Christmas (Eve), New Year's Day/Eve, Thanksgiving, Halloween, Independence Day, Election Day.</summary>
    private GrammarMatch? Holiday(int i)
    {
        if (!IsCapitalized(i))
        {
            return null;
        }

        switch (Word(i))
        {
            case "christmas":
                return IsWord(i + 1, "eve") ? new GrammarMatch(i, i + 2, new HolidaySpec(y => new NodaTime.LocalDate(y, 12, 24)))
                    : new GrammarMatch(i, IsWord(i + 1, "day") ? i + 2 : i + 1, new HolidaySpec(y => new NodaTime.LocalDate(y, 12, 25)));
            // "Easter", "Easter Sunday", "Easter Monday"; "Easter week" (Holy Week) is the ISO week ending on Easter Sunday.
            case "easter" when IsWord(i + 1, "week"):
                return new GrammarMatch(i, i + 2, new HolidaySpec(EasterSunday, Week: true));
            case "easter" when Lexicon.Weekdays.TryGetValue(Word(i + 1), out var easterDay) && easterDay is 1 or 7 && IsCapitalized(i + 1):
                return new GrammarMatch(i, i + 2, new HolidaySpec(y => EasterSunday(y).PlusDays(easterDay == 1 ? 1 : 0)));
            case "easter":
                return new GrammarMatch(i, i + 1, new HolidaySpec(EasterSunday));
            case "halloween":
                return new GrammarMatch(i, i + 1, new HolidaySpec(y => new NodaTime.LocalDate(y, 10, 31)));
            case "thanksgiving":
                return new GrammarMatch(i, IsWord(i + 1, "day") ? i + 2 : i + 1, new HolidaySpec(y => NthWeekday(y, 11, NodaTime.IsoDayOfWeek.Thursday, 4)));
            case "independence" when IsWord(i + 1, "day") && IsCapitalized(i + 1):
                return new GrammarMatch(i, i + 2, new HolidaySpec(y => new NodaTime.LocalDate(y, 7, 4)));
            case "election" when IsWord(i + 1, "day") && IsCapitalized(i + 1):
                return new GrammarMatch(i, i + 2, new HolidaySpec(y => NthWeekday(y, 11, NodaTime.IsoDayOfWeek.Monday, 1).PlusDays(1)));
            case "new" when IsWord(i + 1, "year") && IsPunct(i + 2, '\'') && IsWord(i + 3, "s") && IsAnyWord(i + 4, "day", "eve"):
                return IsWord(i + 4, "eve") ? new GrammarMatch(i, i + 5, new HolidaySpec(y => new NodaTime.LocalDate(y, 12, 31)))
                    : new GrammarMatch(i, i + 5, new HolidaySpec(y => new NodaTime.LocalDate(y, 1, 1)));
            default:
                return null;
        }
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    internal static NodaTime.LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new NodaTime.LocalDate(year, month, day);
    }

    private static NodaTime.LocalDate NthWeekday(int year, int month, NodaTime.IsoDayOfWeek day, int n)
    {
        var first = new NodaTime.LocalDate(year, month, 1);
        var delta = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(delta + (7 * (n - 1)));
    }

    /// <summary>"[corresponding|comparable|same] quarter|period last year / a year ago / a year earlier".</summary>
    private GrammarMatch? YearBeforePeriod(int i)
    {
        var k = IsAnyWord(i, "corresponding", "comparable", "same") ? i + 1 : i;
        if (!IsAnyWord(k, "quarter", "period"))
        {
            return null;
        }

        int end;
        if (IsWord(k + 1, "last") && IsWord(k + 2, "year"))
        {
            end = k + 3;
        }
        else if (IsWord(k + 1, "a") && IsWord(k + 2, "year") && IsAnyWord(k + 3, "ago", "earlier"))
        {
            end = k + 4;
        }
        else
        {
            return null;
        }

        return new GrammarMatch(i, end, new PartOfYearSpec(0, false, null, -1, Latest: true));
    }
}
