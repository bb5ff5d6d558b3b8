using Chronicle.Core.Model;

namespace Chronicle.Core.Time;

/// <summary>One recognised expression: a token range, what it means, and the modifier its words carry.</summary>
internal readonly record struct GrammarMatch(int Start, int End, TimeSpec Spec, TimexMod? Mod = null);

/// <summary>
/// The hand-written temporal grammar over <see cref="TimeToken"/>s. At each token it tries every rule
/// and keeps the longest match: [pre-modifier] [the] core [post-modifier], where a pre-modifier is
/// "early", "the end of", "more than", "about" …, a core is a date, a relative reference, a duration
/// or a set, and a post-modifier is "ago", "earlier", "later", "or so", "and beyond".
/// TimeML extents: prepositions ("on", "by", "since") are left out; modifiers are kept in.
/// </summary>
/// <remarks>The grammar sees only tokens <c>[lo, hi)</c> of the document's token array: one sentence.</remarks>
internal sealed partial class TimeGrammar(string text, TimeToken[] tokens, int lo, int hi)
{
    private readonly TimeToken[] _t = tokens;

    public TimeGrammar(string text, TimeToken[] tokens)
        : this(text, tokens, 0, tokens.Length)
    {
    }

    /// <summary>All matches, left to right, never overlapping; token indices are the document's.</summary>
    public List<GrammarMatch> MatchAll()
    {
        var found = new List<GrammarMatch>();
        var i = lo;
        while (i < hi)
        {
            if (!_t[i].Starts)
            {
                i++;
                continue;
            }

            if (MatchAt(i) is { } m && m.End > i)
            {
                // A core found back from where it starts ("fiscal year 2024" at the year) never reaches into
                // the expression before it ("last fiscal year 2024": that one keeps "fiscal year").
                if (found.Count > 0 && m.Start < found[^1].End)
                {
                    m = m with { Start = found[^1].End };
                }

                found.Add(m);
                i = m.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private GrammarMatch? MatchAt(int i)
    {
        var (mod, j) = PreModifier(i);
        var core = Core(j);
        if (core is null)
        {
            return null;
        }

        // A core may start before i ("fiscal 1989" is found at the year); a pre-modifier always starts the extent.
        var m = core.Value with { Start = j == i ? Math.Min(i, core.Value.Start) : i, Mod = mod ?? core.Value.Mod };
        return PostModifier(m);
    }

    private GrammarMatch? Core(int j)
    {
        GrammarMatch? best = null;
        void Consider(GrammarMatch? m)
        {
            if (m is { } x && (best is null || x.End > best.Value.End))
            {
                best = x;
            }
        }

        // "the year ended Sept. 30", "the fiscal year ending June 30": a reporting period named by its
        // last day is a twelve-month duration (TimeML), the end date being an expression of its own.
        if (IsWord(j, "the"))
        {
            var y = IsWord(j + 1, "fiscal") ? j + 2 : j + 1;
            if (IsWord(y, "year") && IsAnyWord(y + 1, "ended", "ending"))
            {
                return new GrammarMatch(j, y + 1, new DurationSpecAmount(TimeUnit.Year, 1, Qualified: true));
            }
        }

        // "placed orders in the morning": the part of the day the story is at.
        if (IsWord(j, "the") && IsWord(j - 1, "in") && Word(j + 1) is "morning" or "afternoon" or "evening" && !IsWord(j + 2, "of"))
        {
            return new GrammarMatch(j, j + 2, new NarrativeSpec(TimeUnit.Day, 0, Lexicon.PartsOfDay[Word(j + 1)]));
        }

        if (IsWord(j, "the") && (AroundDate(j + 1) is { } around))
        {
            return around with { Start = j };
        }

        // "the first two quarters of 1990" is the first half.
        if (IsWord(j, "the") && IsAnyWord(j + 1, "first", "last") && IsWord(j + 2, "two") && IsWord(j + 3, "quarters") && IsWord(j + 4, "of")
            && TryYearNumber(j + 5, out var halfYear))
        {
            return new GrammarMatch(j, j + 6, new PartOfYearSpec(IsWord(j + 1, "first") ? 1 : 2, true, halfYear));
        }

        if (IsWord(j, "the") && InRange(j + 1) && _t[j + 1].Starts)
        {
            Consider(WithStart(Relative(j + 1), j));
            Consider(WithStart(PartOfYear(j + 1), j));
            Consider(WithStart(Era(j + 1), j));
            Consider(WithStart(Year(j + 1) is { Spec: FixedSpec { Value: Values.EraValue } } decade ? decade : null, j));
            Consider(WithStart(SeasonRule(j + 1), j));
            Consider(WithStart(Vague(j + 1), j));
            // "the 14-day strike": an adjectival duration leaves the article outside its extent.
            var duration = DurationRule(j + 1, afterThe: true);
            Consider(duration is { Spec: DurationSpecAmount { Adjectival: true } } ? duration : WithStart(duration, j));
        }

        if (IsNumber(j))
        {
            // Only the rules that can begin with digits.
            Consider(DurationRule(j, afterThe: false));
            Consider(Year(j));
            Consider(DayMonth(j));
            Consider(NumericDate(j));
            Consider(ClockLed(j));
            Consider(PartOfYear(j));
            Consider(Era(j));
            Consider(ConjoinedDay(j));
            return best;
        }

        if (IsPunct(j, '\''))
        {
            return Year(j);
        }

        Consider(SetRule(j)); // before durations: "twice a week" is a set, not "a week"
        Consider(Relative(j));
        Consider(PartOfYear(j));
        Consider(Era(j));
        Consider(SeasonRule(j));
        Consider(Vague(j));
        Consider(DurationRule(j, afterThe: false));
        Consider(MonthLed(j));
        Consider(ClockLed(j));
        Consider(WeekdayLed(j, Direction.ByTense));
        Consider(Deictic(j));
        Consider(Holiday(j));
        Consider(DefiniteUnit(j));
        Consider(SpokenYear(j));
        Consider(MidPartOfDay(j));
        Consider(AroundDate(j));
        return best;
    }

    private static GrammarMatch? WithStart(GrammarMatch? m, int start) => m is { } x ? x with { Start = start } : null;

    // ---- token helpers -------------------------------------------------------------------------

    private bool InRange(int i) => i >= lo && i < hi;

    private string Word(int i) => InRange(i) && _t[i].Kind == TimeTokenKind.Word ? _t[i].Lower : "";

    private bool IsWord(int i, string word)
    {
        System.Diagnostics.Debug.Assert(Lexicon.IsKnown(word), "grammar word missing from the lexicon: " + word);
        return InRange(i) && _t[i].Is(word);
    }

    private bool IsAnyWord(int i, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (IsWord(i, w))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPunct(int i, char c) => InRange(i) && _t[i].IsPunct(c);

    private bool IsNumber(int i) => InRange(i) && _t[i].Kind == TimeTokenKind.Number;

    /// <summary>True when token <paramref name="i"/> ends exactly where token <paramref name="i"/>+1 starts (no space).</summary>
    private bool Touches(int i) => InRange(i + 1) && _t[i].End == _t[i + 1].Start;

    private bool IsCapitalized(int i) => InRange(i) && _t[i].Capitalized;

    /// <summary>The original spelling of a token (for the rare checks on words outside the lexicon).</summary>
    private ReadOnlySpan<char> Raw(int i) => text.AsSpan(_t[i].Start, _t[i].Length);

    /// <summary>Skips an abbreviation period ("Sept.", "Jan.") directly after token <paramref name="i"/>.</summary>
    private int SkipPeriod(int i) => IsPunct(i + 1, '.') && Touches(i) ? i + 2 : i + 1;

    /// <summary>A day of the month at <paramref name="i"/>: "5", "5th", "05"; returns the index after it.</summary>
    private bool TryDayNumber(int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (!IsNumber(i) || _t[i].Length > 2 || _t[i].Number is < 1 or > 31)
        {
            return false;
        }

        day = _t[i].Number;
        end = i + 1;
        if (Touches(i) && IsAnyWord(i + 1, "st", "nd", "rd", "th"))
        {
            end = i + 2;
        }

        // "5:30", "5.5", "5/6" are not days.
        if (end == i + 1 && Touches(i) && (IsPunct(i + 1, ':') || IsPunct(i + 1, '/') || IsPunct(i + 1, '.')) && IsNumber(i + 2) && Touches(i + 1))
        {
            return false;
        }

        return true;
    }

    /// <summary>A four-digit year at <paramref name="i"/> (1000–2199), not part of a larger number.</summary>
    private bool TryYearNumber(int i, out int year)
    {
        year = 0;
        if (!IsNumber(i) || _t[i].Length != 4 || _t[i].Number is < 1000 or > 2199)
        {
            return false;
        }

        if (Touches(i) && (IsPunct(i + 1, ',') || IsPunct(i + 1, '.') || IsPunct(i + 1, ':')) && IsNumber(i + 2) && Touches(i + 1))
        {
            return false; // "1998.5", "2000,000"
        }

        if (InRange(i - 1) && Touches(i - 1) && (IsPunct(i - 1, '$') || IsPunct(i - 1, '#') || IsPunct(i - 1, ',') || IsPunct(i - 1, '.')))
        {
            return false;
        }

        year = _t[i].Number;
        return true;
    }
}
