namespace Chronicle.Core.Time;

public enum TimeTokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A token for the temporal grammar: a run of letters, a run of digits, or one other character.
/// Finer than the pipeline's tokens on purpose: "two-day", "mid-2025" and "1990s" split into parts.
/// <see cref="Lower"/> is the lower-cased word (interned per document by the scanner); <see cref="Starts"/>
/// says whether any rule can begin at this token (numbers, month names, "last", "the" …): the grammar
/// skips every other token without trying its rules, which is most of the speed.
/// </summary>
public readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, string Lower, int Number, bool Capitalized, bool Starts = false)
{
    public int Length => End - Start;

    public bool Is(string word) => Kind == TimeTokenKind.Word && string.Equals(Lower, word, StringComparison.Ordinal);

    public bool IsPunct(char c) => Kind == TimeTokenKind.Punct && Lower.Length == 1 && Lower[0] == c;
}
