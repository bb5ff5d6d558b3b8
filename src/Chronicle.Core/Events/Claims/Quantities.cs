using System.Globalization;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Claims;

/// <summary>A quantity read at a token: its value, the tokens it covers, and whether it is approximate or vague.</summary>
internal readonly record struct Quantity(decimal Value, int First, int Last, bool Approx, bool Vague);

/// <summary>
/// Reads quantities: digits ("2,500", "1.5 million"), number words ("seven", "twenty-five", "a
/// dozen"), and vague plurals with their lower bound ("hundreds of" = 200, "dozens of" = 24, "tens of
/// thousands of" = 20,000). Approximation comes from the words before ("approximately", "roughly",
/// "about", "nearly", "more than", "at least", "up to"). "one" and definite counts ("the two
/// countries") are not claims.
/// </summary>
internal static class Quantities
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, decimal> Vague = new(StringComparer.Ordinal)
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2000, ["millions"] = 2_000_000,
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    private static readonly WordSet ApproxWords = WordSet.Of(
        "approximately", "roughly", "about", "around", "some", "nearly", "almost", "estimated", "over", "than", "least", "to", "circa", "approx", "up");

    public static bool TryRead(DocumentView view, int t, int end, out Quantity quantity)
    {
        quantity = default;
        var token = view.Tokens[t];
        var word = view.Word(t);
        decimal value;
        var last = t;
        var vague = false;
        if (token.Kind == TokenKind.Number)
        {
            if (view.InTime(t) || !decimal.TryParse(word.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }
        else if (Vague.TryGetValue(word.ToString(), out var lower) && view.Is(t + 1, "of"))
        {
            value = lower;
            vague = true;
            last = t + 1;
            if (word is "thousands" && t > 1 && view.Is(t - 1, "of") && view.Is(t - 2, "tens"))
            {
                return false; // read from "tens" below
            }
        }
        else if (word is "tens" && view.Is(t + 1, "of") && view.Is(t + 2, "thousands") && view.Is(t + 3, "of"))
        {
            value = 20_000;
            vague = true;
            last = t + 3;
        }
        else if (TryWord(word, out var n) && !view.Is(t - 1, "the") && !view.InTime(t))
        {
            value = n;
            if (word is "dozen" && !view.Is(t - 1, "a"))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (!vague && last + 1 < end && Multipliers.TryGetValue(view.Word(last + 1).ToString(), out var multiplier))
        {
            value *= multiplier;
            last++;
        }

        quantity = new Quantity(value, t, last, vague || ApproxBefore(view, t), vague);
        return true;
    }

    private static bool TryWord(ReadOnlySpan<char> word, out int value)
    {
        if (Words.TryGetValue(word.ToString(), out value))
        {
            return true;
        }

        var dash = word.IndexOf('-');
        if (dash > 0 && Words.TryGetValue(word[..dash].ToString(), out var tens) && tens >= 20 && tens % 10 == 0
            && Words.TryGetValue(word[(dash + 1)..].ToString(), out var units) && units < 10)
        {
            value = tens + units;
            return true;
        }

        return false;
    }

    private static bool ApproxBefore(DocumentView view, int t)
    {
        for (var k = t - 1; k >= 0 && k >= t - 2; k--)
        {
            var w = view.Word(k);
            if (w is "the")
            {
                continue;
            }

            if (!ApproxWords.Contains(w))
            {
                return false;
            }

            // "than" and "least" and "to" only in "more/fewer than", "at least", "up to".
            return w switch
            {
                "than" => view.Word(k - 1) is "more" or "fewer" or "less",
                "least" => view.Is(k - 1, "at"),
                "to" => view.Is(k - 1, "up") || view.Is(k - 1, "close"),
                "up" => false,
                _ => true,
            };
        }

        return false;
    }
}
