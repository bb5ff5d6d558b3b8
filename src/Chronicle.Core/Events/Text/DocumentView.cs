using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Text;

/// <summary>
/// Read-only helpers over one annotated article shared by the event, claim and commitment stages:
/// the lower-cased text (one allocation per article, so word tests compare spans, never substrings),
/// token ranges of sentences, and the actor mentions to use (the actors layer, or the fallback).
/// </summary>
internal sealed class DocumentView
{
    public DocumentView(AnnotatedArticle doc)
    {
        Doc = doc;
        Text = doc.Text;
        Lower = doc.Text.ToLowerInvariant();
        Tokens = doc.Tokens.IsDefaultOrEmpty ? Segmenting.Tokenizer.Tokenize(doc.Text) : doc.Tokens;
        Actors = doc.Actors.IsDefaultOrEmpty ? FallbackActors.Detect(this) : [.. doc.Actors.OrderBy(a => a.Span.Start)];
    }

    public AnnotatedArticle Doc { get; }

    public string Text { get; }

    /// <summary>Same length as <see cref="Text"/>: invariant lower-casing maps char to char.</summary>
    public string Lower { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<ActorMention> Actors { get; }

    /// <summary>The lower-cased token; empty outside the text, so look-arounds at the edges need no guards.</summary>
    public ReadOnlySpan<char> Word(int token) => InRange(token) ? Lower.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length) : default;

    public ReadOnlySpan<char> Raw(int token) => InRange(token) ? Text.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length) : default;

    public bool InRange(int token) => token >= 0 && token < Tokens.Length;

    public bool Is(int token, string word) => token >= 0 && token < Tokens.Length && Word(token).SequenceEqual(word);

    public bool IsCapitalized(int token) => InRange(token) && Tokens[token].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[token].Span.Start]);

    /// <summary>A word that can be part of a proper name: capitalised, or a particle glued to one ("al-Asad").</summary>
    public bool IsNamePart(int token)
    {
        if (!InRange(token) || IsCapitalized(token))
        {
            return InRange(token);
        }

        var raw = Raw(token);
        var dash = raw.IndexOf('-');
        return Tokens[token].Kind == TokenKind.Word && dash is > 0 and <= 3 && dash + 1 < raw.Length && char.IsUpper(raw[dash + 1]);
    }

    public bool IsPunct(int token) => InRange(token) && Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Tokens [First, End) inside the span.</summary>
    public (int First, int End) TokenRange(TextSpan span) => (TokenAt(span.Start), TokenAt(span.End));

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>Mentions of actors inside the span, in text order.</summary>
    public IEnumerable<ActorMention> ActorsIn(TextSpan span)
    {
        // Actors are in text order: start from the first one at or after the span (binary search).
        int lo = 0, hi = Actors.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Actors[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < Actors.Length && Actors[i].Span.Start < span.End; i++)
        {
            if (span.Contains(Actors[i].Span))
            {
                yield return Actors[i];
            }
        }
    }

    public IEnumerable<TimeExpression> TimesIn(TextSpan span) => TimeSpans.Within(span).Select(i => Doc.Times[i]);

    /// <summary>True when the token lies inside a time expression ("2024", "10 January").</summary>
    public bool InTime(int token) => TimeSpans.Overlapping(Tokens[token].Span).Count > 0;

    /// <summary>The first quote (in layer order) whose content covers the character at <paramref name="offset"/>, or null.</summary>
    public int? QuoteAt(int offset) =>
        (_quoteSpans ??= new SpanIndex(Doc.Quotes.Select(q => q.Span))).Overlapping(new TextSpan(offset, offset + 1)) is [var first, ..] ? first : null;

    // Looked up once per sentence, token or event: indexed by position on first use.
    private SpanIndex TimeSpans => _times ??= new SpanIndex(Doc.Times.Select(t => t.Span));

    private SpanIndex? _times;

    private SpanIndex? _quoteSpans;
}
