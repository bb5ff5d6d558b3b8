using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Text;

[Flags]
public enum PieceFlags
{
    None = 0,
    /// <summary>Starts with an uppercase letter.</summary>
    Capitalised = 1,
    /// <summary>Two or more letters, all uppercase ("US", "PKK", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>Starts with a digit.</summary>
    Number = 4,
    /// <summary>Joined to the previous piece by a hyphen ("al-Sudani", "Iran-backed").</summary>
    HyphenBefore = 8,
    /// <summary>Glued to the previous piece with no separator: a lowercase→uppercase change inside a scraped word ("ofUS").</summary>
    GluedBefore = 16,
    /// <summary>Punctuation (other than a hyphen or a possessive) or a line break separates it from the previous piece: names never run across.</summary>
    BreakBefore = 32,
    /// <summary>First piece of a sentence (text start, after . ! ? : or a line break).</summary>
    SentenceStart = 64,
    /// <summary>Followed by a possessive "'s" / "’s" / "'" that the piece's span leaves out.</summary>
    Possessive = 128,
    /// <summary>The Arabic article ("al-", "Al ", "el-", "ash-"…) before a name: part of the span, not of the key.</summary>
    Article = 256,
}

/// <summary>
/// A word piece of the text for name matching: its span, shape, and the ids of its exact and
/// transliteration keys in the gazetteer's vocabulary (-1 when the key is not a name word).
/// </summary>
public record struct Piece(TextSpan Span, PieceFlags Flags, int ExactId, int FoldId)
{
    public readonly bool Has(PieceFlags flag) => (Flags & flag) != 0;

    /// <summary>True for pieces a continuing name may follow into: a space, a hyphen or a glue; never a break.</summary>
    public readonly bool Continues => (Flags & PieceFlags.BreakBefore) == 0;
}
