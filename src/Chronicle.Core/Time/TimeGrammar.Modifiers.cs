using Chronicle.Core.Model;

namespace Chronicle.Core.Time;

internal sealed partial class TimeGrammar
{
    /// <summary>
    /// Words before a core that qualify it and belong to its extent: boundaries ("early", "mid-",
    /// "the end of") and approximations ("about", "more than", "at least"). Returns the index after them.
    /// </summary>
    private (TimexMod? Mod, int Next) PreModifier(int i)
    {
        // "the end of", "the beginning of", "the middle of", "the start of", "the close of"
        var k = IsWord(i, "the") ? i + 1 : i;
        if (IsWord(k + 1, "of"))
        {
            TimexMod? boundary = Word(k) switch
            {
                "end" or "close" => TimexMod.End,
                "beginning" or "start" => TimexMod.Start,
                "middle" => TimexMod.Mid,
                _ => null,
            };
            if (boundary is not null)
            {
                return (boundary, k + 2);
            }
        }

        // "the early/late/mid 1980s", "early next year", "late last week", "mid-2025"
        if (Word(k) is "early" or "late" or "mid" or "earlier" or "later")
        {
            var next = k + 1;
            if (IsPunct(next, '-') && Touches(k))
            {
                next++;
            }

            var mod = Word(k) switch
            {
                "early" or "earlier" => TimexMod.Start,
                "mid" => TimexMod.Mid,
                _ => TimexMod.End,
            };

            // "earlier in the year", "later in the month": the extent keeps the words, the core is "the year".
            if (Word(k) is "earlier" or "later" && IsWord(next, "in") && IsWord(next + 1, "the") && IsAnyWord(next + 2, "year", "month"))
            {
                return (mod, next + 1);
            }

            // "earlier"/"later" qualify only "this year", "that day", "today" …; elsewhere they are post-modifiers.
            if (Word(k) is "earlier" or "later" && !IsAnyWord(next, "this", "that", "today", "yesterday", "tomorrow", "tonight"))
            {
                return (null, i);
            }

            return (mod, next);
        }

        if (k != i)
        {
            return (null, i);
        }

        // Approximations and bounds: "about", "more than", "at least", "up to", "nearly" — only before a
        // count, a clock time or a month ("over the weekend", "around the days" are prepositions).
        var amountAt = Word(i) is "more" or "less" or "at" or "up" ? i + 2 : Word(i) == "no" ? i + 3 : i + 1;
        if (!(IsNumber(amountAt) || Lexicon.Numbers.ContainsKey(Word(amountAt)) || Lexicon.VagueAmounts.Contains(Word(amountAt))
              || Lexicon.Months.ContainsKey(Word(amountAt)) || IsAnyWord(amountAt, "half", "noon", "midnight", "year")))
        {
            return (null, i);
        }

        switch (Word(i))
        {
            case "about" or "around" or "roughly" or "approximately" or "some":
                return (TimexMod.Approx, i + 1);
            case "nearly" or "almost":
                return (TimexMod.LessThan, i + 1);
            case "over":
                return (TimexMod.MoreThan, i + 1);
            case "under":
                return (TimexMod.LessThan, i + 1);
            case "more" or "less" when IsWord(i + 1, "than"):
                return (Word(i) == "more" ? TimexMod.MoreThan : TimexMod.LessThan, i + 2);
            case "at" when IsWord(i + 1, "least"):
                return (TimexMod.EqualOrMore, i + 2);
            case "at" when IsWord(i + 1, "most"):
                return (TimexMod.EqualOrLess, i + 2);
            case "up" when IsWord(i + 1, "to"):
                return (TimexMod.EqualOrLess, i + 2);
            case "no" when IsAnyWord(i + 1, "more", "less") && IsWord(i + 2, "than"):
                return (Word(i + 1) == "more" ? TimexMod.EqualOrLess : TimexMod.EqualOrMore, i + 3);
            default:
                return (null, i);
        }
    }

    /// <summary>
    /// Words after a core that change it: a duration followed by "ago", "earlier", "later", "from now"
    /// becomes a date; "or so" marks it approximate; "and beyond" / "or later" open it.
    /// </summary>
    private GrammarMatch PostModifier(GrammarMatch m)
    {
        var e = m.End;
        if (m.Spec is DurationSpecAmount amount)
        {
            // "a week or so ago": the approximation sits between the amount and what makes it a date.
            if (IsWord(e, "or") && IsWord(e + 1, "so") && amount.ToSpec(Word(e + 2), Word(e + 3)) is { Spec: { } approx } later)
            {
                return m with { Spec = approx, End = e + 2 + later.Consumed, Mod = m.Mod ?? TimexMod.Approx };
            }

            var resolved = amount.ToSpec(Word(e), Word(e + 1));
            if (resolved.Spec is not null)
            {
                m = m with { Spec = resolved.Spec, End = e + resolved.Consumed };
            }
            else
            {
                m = m with { Spec = amount.AsDuration() };
            }

            e = m.End;
        }

        if (IsWord(e, "or") && IsWord(e + 1, "so"))
        {
            return m with { End = e + 2, Mod = TimexMod.Approx };
        }

        if ((IsWord(e, "and") && IsWord(e + 1, "beyond")) || (IsWord(e, "or") && IsWord(e + 1, "later")))
        {
            return m with { End = e + 2, Mod = TimexMod.OnOrAfter };
        }

        if (IsWord(e, "or") && IsWord(e + 1, "earlier"))
        {
            return m with { End = e + 2, Mod = TimexMod.OnOrBefore };
        }

        return m;
    }
}
