namespace Chronicle.Core.Cleaning;

/// <summary>One line of a page: its text (trimmed, spaces collapsed), its shape and its word count.</summary>
public readonly record struct PageLine(string Text, LineKind Kind, int Words)
{
    public bool IsSentence => Kind is LineKind.Paragraph or LineKind.ShortSentence;
}
