using System.Collections.Frozen;

namespace Chronicle.Core.Segmenting;

/// <summary>
/// Words that end in a period without ending a sentence: titles, ranks, initialisms. Checked
/// case-sensitively on the word before the period (without the period).
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Known = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Maj", "Col", "Capt", "Cmdr",
        "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Lt.-Gen", "Maj.-Gen", "Lt.-Col", "St", "Jr", "Sr", "Rev", "Hon",
        "Pres", "Amb", "Sec", "Gov", "Supt", "Insp", "Det", "Fr", "Sheikh", "No", "Nos", "vs", "etc", "approx",
        "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn", "est", "al", "cf", "ca", "fig",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Ave", "Blvd", "Mt", "Ft",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="word"/> (the characters before a period, back to the previous space)
    /// is an abbreviation: a known word, an initialism with inner periods ("U.S", "e.g"), or a single
    /// capital letter (a middle initial).
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            // "U.S", "e.g", "Lt.-Gen": every piece between periods is short.
            var allShort = true;
            foreach (var range in word.Split('.'))
            {
                var piece = word[range].TrimStart('-');
                if (piece.Length > 3)
                {
                    allShort = false;
                    break;
                }
            }

            if (allShort)
            {
                return true;
            }
        }

        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
