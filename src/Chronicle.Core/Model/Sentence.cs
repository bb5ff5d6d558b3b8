namespace Chronicle.Core.Model;

/// <summary>A sentence of the clean text; <paramref name="Paragraph"/> is its 0-based paragraph index.</summary>
public sealed record Sentence(TextSpan Span, int Paragraph);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the clean text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
