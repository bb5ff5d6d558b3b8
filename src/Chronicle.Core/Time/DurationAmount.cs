using System.Globalization;
using System.Text;
using Chronicle.Core.Time.Values;

namespace Chronicle.Core.Time;

/// <summary>
/// "N units" before its post-modifier is known: a duration ("two weeks"), or, with "ago", "earlier",
/// "later", "from now", an offset date ("two weeks ago"). <see cref="Amount"/> is null for a vague
/// amount ("several years" → PXY).
/// </summary>
internal sealed record DurationSpecAmount(TimeUnit Unit, double? Amount, bool Qualified, bool Adjectival = false) : TimeSpec
{
    public FixedSpec AsDuration() => new(new OpenValue(Format(Unit, Amount), OpenKind.Duration));

    /// <summary>The date form when the next words make one, with the number of words they take.</summary>
    public (TimeSpec? Spec, int Consumed) ToSpec(string next, string afterNext)
    {
        if (Qualified)
        {
            return (null, 0);
        }

        var sign = next switch
        {
            "ago" => -1,
            "earlier" => -1,
            "later" => 1,
            "hence" => 1,
            "from" when afterNext == "now" => 1,
            _ => 0,
        };
        if (sign == 0 || (next is "earlier" or "later" && Unit < TimeUnit.Month))
        {
            return (null, 0);
        }

        var consumed = next == "from" ? 2 : 1;
        var anchor = next is "ago" or "hence" or "from" ? AnchorKind.Publication : AnchorKind.Narrative;
        if (Amount is not { } a || a != Math.Floor(a))
        {
            return (new VagueOffsetSpec(Unit, sign), consumed);
        }

        return (new OffsetSpec(Unit, sign * (int)a, anchor, Counted: true), consumed);
    }

    /// <summary>ISO 8601 / TIMEX3 duration: P2W, PT5H, P2Y6M (for 2½ years), PXY for a vague amount.</summary>
    public static string Format(TimeUnit unit, double? amount)
    {
        if (amount is not { } a)
        {
            return unit switch
            {
                TimeUnit.Second => "PTXS",
                TimeUnit.Minute => "PTXM",
                TimeUnit.Hour => "PTXH",
                TimeUnit.Day or TimeUnit.Weekend => "PXD",
                TimeUnit.Week => "PXW",
                TimeUnit.Month => "PXM",
                TimeUnit.Quarter => "PXQ",
                TimeUnit.Year => "PXY",
                TimeUnit.Decade => "PXDE",
                TimeUnit.Century => "PXCE",
                _ => "PXML",
            };
        }

        // Fractions go one unit down: 2.5 years = P2Y6M, 1.5 hours = PT1H30M.
        var whole = (long)Math.Floor(a);
        var fraction = a - whole;
        var sb = new StringBuilder("P");
        switch (unit)
        {
            case TimeUnit.Second:
                sb.Append('T').Append(Num(a)).Append('S');
                break;
            case TimeUnit.Minute:
                sb.Append('T').Append(Part(whole, 'M', true)).Append(fraction > 0 ? Num(fraction * 60) + "S" : "");
                break;
            case TimeUnit.Hour:
                sb.Append('T').Append(Part(whole, 'H', true)).Append(fraction > 0 ? Num(fraction * 60) + "M" : "");
                break;
            case TimeUnit.Day:
                sb.Append(Part(whole, 'D', false)).Append(fraction > 0 ? "T" + Num(fraction * 24) + "H" : "");
                break;
            case TimeUnit.Weekend:
                sb.Append(Num(a * 2)).Append('D');
                break;
            case TimeUnit.Week:
                sb.Append(fraction > 0 ? Num(a * 7) + "D" : Num(a) + "W");
                break;
            case TimeUnit.Month:
                sb.Append(Part(whole, 'M', false)).Append(fraction > 0 ? Num(Math.Round(fraction * 30)) + "D" : "");
                break;
            case TimeUnit.Quarter:
                sb.Append(fraction > 0 ? Num(a * 3) + "M" : Num(a) + "Q");
                break;
            case TimeUnit.Year:
                sb.Append(Part(whole, 'Y', false)).Append(fraction > 0 ? Num(Math.Round(fraction * 12)) + "M" : "");
                break;
            case TimeUnit.Decade:
                sb.Append(Num(a * 10)).Append('Y');
                break;
            case TimeUnit.Century:
                sb.Append(Num(a * 100)).Append('Y');
                break;
            default:
                sb.Append(Num(a * 1000)).Append('Y');
                break;
        }

        return sb.ToString();
    }

    private static string Part(long whole, char designator, bool timePart) =>
        whole > 0 || !timePart ? (whole > 0 ? whole.ToString(CultureInfo.InvariantCulture) + designator : "") : "";

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
