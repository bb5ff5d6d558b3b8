using System.Collections.Frozen;

namespace Chronicle.Core.Segmenting;

/// <summary>What a word before a period is, for sentence splitting.</summary>
internal enum AbbreviationKind
{
    /// <summary>An ordinary word: a period after it ends the sentence.</summary>
    None,
    /// <summary>A title or rank ("Mr", "Gen", "Lt.-Gen"): always followed by a name, never ends a sentence.</summary>
    Title,
    /// <summary>
    /// An initialism, initial, month or other short form ("U.S", "F", "Jan", "Inc", "a.m"): usually
    /// inside a sentence, but it ends one when the next word is a typical sentence opener ("The", "He").
    /// </summary>
    Other,
}

/// <summary>
/// Words that end in a period without ending a sentence: titles, ranks, months, initialisms. Checked
/// case-sensitively on the word before the period (without the period).
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Maj", "Col", "Capt", "Cmdr", "Cdr",
        "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Lt.-Gen", "Maj.-Gen", "Lt.-Col", "Brig.-Gen", "Lt.-Cmdr", "St", "Rev",
        "Hon", "Pres", "Amb", "Sec", "Supt", "Insp", "Det", "Fr", "Sheikh", "Gens", "Mt", "Ft", "No", "Nos", "Nr",
        "Vol", "Art", "Ch", "Fig", "fig", "cf", "vs", "v", "approx", "ca", "c", "est", "al", "e.g", "i.e",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Others = new[]
    {
        "Jr", "Sr", "etc", "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a sentence far more often than they continue a name or an initialism.</summary>
    private static readonly FrozenSet<string> Openers = new[]
    {
        "The", "This", "That", "These", "Those", "There", "Then", "He", "She", "It", "They", "We", "I", "You",
        "His", "Her", "Its", "Their", "Our", "But", "And", "Yet", "So", "However", "Meanwhile", "Also", "In",
        "On", "At", "After", "Before", "When", "While", "A", "An", "If", "As", "Some", "Many", "Officials",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => Classify(word) != AbbreviationKind.None;

    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return AbbreviationKind.Title;
        }

        if (Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return AbbreviationKind.Other;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return AbbreviationKind.Other; // a middle initial: "John F. Kennedy"
        }

        if (word.Contains('.'))
        {
            // "U.S", "a.m", "Lt.-Gen": every piece between periods is short.
            foreach (var range in word.Split('.'))
            {
                var piece = word[range].TrimStart('-');
                if (piece.Length > 3)
                {
                    return AbbreviationKind.None;
                }
            }

            return word.Contains('-') ? AbbreviationKind.Title : AbbreviationKind.Other;
        }

        return AbbreviationKind.None;
    }

    /// <summary>True when the word after a period is a typical sentence opener.</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
