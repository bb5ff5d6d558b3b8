namespace Chronicle.Core.Time;

internal sealed partial class TimeGrammar
{
    /// <summary>
    /// "two weeks", "10 years", "a year", "several months", "2 1/2 years", "an hour and a half",
    /// "two-day", "eight-month-old", "the first nine months", "for years". The result is a
    /// <see cref="DurationSpecAmount"/> that <see cref="PostModifier"/> may turn into a date ("two weeks ago").
    /// </summary>
    private GrammarMatch? DurationRule(int i, bool afterThe)
    {
        var k = i;
        var qualified = false;
        if (afterThe && IsAnyWord(k, "first", "last", "past", "next", "previous", "following", "coming", "latest", "final", "entire", "whole", "full"))
        {
            qualified = true;
            k++;
        }

        double? amount;
        int afterAmount;
        if (!TryAmount(k, out amount, out afterAmount))
        {
            // "a day-long meeting", "the year-long siege": one unit, as an adjective.
            if (Lexicon.Units.TryGetValue(Word(k), out var longUnit) && !Word(k).EndsWith('s') && IsPunct(k + 1, '-') && Touches(k) && IsWord(k + 2, "long"))
            {
                return new GrammarMatch(k, k + 3, new DurationSpecAmount(longUnit, 1, qualified, Adjectival: true));
            }

            // Bare plural units are durations where the context says so: "for years", "years ago", "the years".
            var plural = Word(k);
            if (Lexicon.Units.TryGetValue(plural, out var bareUnit) && plural.EndsWith('s') && plural != "times"
                && (IsAnyWord(k - 1, "for", "over", "the") || IsAnyWord(k + 1, "ago", "later", "earlier")))
            {
                return new GrammarMatch(k, k + 1, new DurationSpecAmount(bareUnit, null, qualified));
            }

            // "the nine months", "the six months": a count right after "the".
            return null;
        }

        var u = afterAmount;
        var hyphenated = false;
        if (IsPunct(u, '-') && Touches(u - 1))
        {
            u++;
            hyphenated = true;
        }

        // "two more weeks", "eight trading days", "three consecutive years", "an additional year"
        while (IsAnyWord(u, "more", "additional", "straight", "consecutive", "trading", "business", "working", "full", "calendar", "long", "fiscal"))
        {
            u++;
        }

        if (!Lexicon.Units.TryGetValue(Word(u), out var unit))
        {
            return null;
        }

        // "60 Minutes", "48 Hours": a capitalised unit after digits in running text is a title.
        if (IsNumber(k) && IsCapitalized(u) && !IsCapitalized(u + 1) && InRange(k - 1))
        {
            return null;
        }

        // "a week" is a duration; "a Monday" is not a unit. A lone "a/an" before a plural is no amount ("a weeks").
        var singular = !Word(u).EndsWith('s');
        if (amount is 1 && !singular && !IsNumber(k))
        {
            return null;
        }

        // "a second betrayal", "a second group": the ordinal, not one second. A duration "a second"
        // ends the phrase or is followed by a function word ("for a second or two", "a second later").
        if (unit == TimeUnit.Second && Word(u) == "second" && IsAnyWord(k, "a") && InRange(u + 1)
            && _t[u + 1].Kind == TimeTokenKind.Word && !IsAnyWord(u + 1, "or", "and", "later", "earlier", "ago", "before", "after", "of", "to", "in", "at", "on", "for", "the", "that"))
        {
            return null;
        }

        // "a quarter of the market" is a fraction; "a quarter of a century" stays a duration.
        if (unit == TimeUnit.Quarter && amount is 1 && IsWord(u + 1, "of") && !IsAnyWord(u + 2, "a", "an"))
        {
            return null;
        }

        var end = u + 1;

        // "a year and a half", "two and a half years" (the latter is parsed by TryAmount)
        if (IsWord(end, "and") && IsAnyWord(end + 1, "a", "an") && IsWord(end + 2, "half") && amount is { } whole)
        {
            amount = whole + 0.5;
            end += 3;
        }

        // Ages are not times ("a 6-year-old", "52 years old"); "three-quarters" is a fraction.
        if ((IsPunct(end, '-') && IsWord(end + 1, "old")) || IsWord(end, "old") || (hyphenated && Word(u) == "quarters"))
        {
            return null;
        }

        // "year-earlier", "year-end": the unit belongs to a compound that another rule reads.
        if (IsPunct(end, '-') && Touches(end - 1) && IsAnyWord(end + 1, "earlier", "ago", "end"))
        {
            return null;
        }

        // "decades-long": the adjective suffix stays in the extent.
        if (IsPunct(end, '-') && IsWord(end + 1, "long") && Touches(end - 1))
        {
            end += 2;
        }

        return new GrammarMatch(i, end, new DurationSpecAmount(unit, amount, qualified, hyphenated && !qualified));
    }

    /// <summary>
    /// A count: "3", "2 1/2", "1.5", "three", "twenty-four", "a", "an", "a couple of", "a few",
    /// "several", "half an" … <paramref name="amount"/> is null for a vague amount.
    /// </summary>
    private bool TryAmount(int i, out double? amount, out int end)
    {
        amount = null;
        end = i;
        var w = Word(i);
        if (IsNumber(i))
        {
            if (_t[i].Length > 4 || (_t[i].Length == 4 && _t[i].Number is >= 1800 and <= 2100) || (Touches(i) && (IsPunct(i + 1, ':') || IsPunct(i + 1, ',') && IsNumber(i + 2) && Touches(i + 1))))
            {
                return false;
            }

            if (InRange(i - 1) && Touches(i - 1) && (IsPunct(i - 1, '$') || IsPunct(i - 1, '.') || IsPunct(i - 1, ',') || IsPunct(i - 1, '/')))
            {
                return false;
            }

            double value = _t[i].Number;
            end = i + 1;
            if (Touches(i) && IsPunct(i + 1, '.') && IsNumber(i + 2) && Touches(i + 1))
            {
                value += _t[i + 2].Number / Math.Pow(10, _t[i + 2].Length);
                end = i + 3;
            }
            else if (IsNumber(i + 1) && IsPunct(i + 2, '/') && IsNumber(i + 3) && Touches(i + 1) && Touches(i + 2) && _t[i + 3].Number > 0)
            {
                value += (double)_t[i + 1].Number / _t[i + 3].Number; // "2 1/2"
                end = i + 4;
            }

            amount = value;
            return true;
        }

        if (w is "a" or "an")
        {
            if (IsWord(i + 1, "few"))
            {
                end = i + 2;
                return true;
            }

            if (IsWord(i + 1, "couple") && IsWord(i + 2, "of"))
            {
                amount = 2;
                end = i + 3;
                return true;
            }

            if (IsWord(i + 1, "dozen"))
            {
                amount = 12;
                end = i + 2;
                return true;
            }

            if (IsWord(i + 1, "hundred"))
            {
                amount = 100; // "almost a hundred years"
                end = i + 2;
                return true;
            }

            if (IsWord(i + 1, "half"))
            {
                amount = 0.5;
                end = i + 2;
                return true;
            }

            amount = 1;
            end = i + 1;
            return true;
        }

        if (w == "half" && IsAnyWord(i + 1, "a", "an"))
        {
            amount = 0.5;
            end = i + 2;
            return true;
        }

        if (w is "several" or "few" or "many" or "numerous")
        {
            end = i + 1;
            return true;
        }

        if (w == "couple" && IsWord(i + 1, "of"))
        {
            amount = 2;
            end = i + 2;
            return true;
        }

        if (!Lexicon.Numbers.TryGetValue(w, out var n) || w is "single" or "hundred" or "dozen")
        {
            return false;
        }

        end = i + 1;
        double total = n;

        // "twenty-four", "twenty four"
        if (n >= 20 && n < 100 && n % 10 == 0)
        {
            var next = IsPunct(end, '-') && Touches(end - 1) ? end + 1 : end;
            if (Lexicon.Numbers.TryGetValue(Word(next), out var units) && units is >= 1 and <= 9 && Word(next) is not ("a" or "an"))
            {
                total += units;
                end = next + 1;
            }
        }

        if (IsWord(end, "hundred"))
        {
            total *= 100;
            end++;
        }

        // "two and a half"
        if (IsWord(end, "and") && IsWord(end + 1, "a") && IsWord(end + 2, "half"))
        {
            total += 0.5;
            end += 3;
        }

        amount = total;
        return true;
    }
}
