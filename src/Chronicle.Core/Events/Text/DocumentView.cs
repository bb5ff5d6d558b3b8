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

    public ReadOnlySpan<char> Word(int token) => Lower.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length);

    public ReadOnlySpan<char> Raw(int token) => Text.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length);

    public bool Is(int token, string word) => token >= 0 && token < Tokens.Length && Word(token).SequenceEqual(word);

    public bool IsCapitalized(int token) => Tokens[token].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[token].Span.Start]);

    /// <summary>A word that can be part of a proper name: capitalised, or a particle glued to one ("al-Asad").</summary>
    public bool IsNamePart(int token)
    {
        if (IsCapitalized(token))
        {
            return true;
        }

        var raw = Raw(token);
        var dash = raw.IndexOf('-');
        return Tokens[token].Kind == TokenKind.Word && dash is > 0 and <= 3 && dash + 1 < raw.Length && char.IsUpper(raw[dash + 1]);
    }

    public bool IsPunct(int token) => Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol;

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
        foreach (var a in Actors)
        {
            if (a.Span.Start >= span.End)
            {
                yield break;
            }

            if (span.Contains(a.Span))
            {
                yield return a;
            }
        }
    }

    public IEnumerable<TimeExpression> TimesIn(TextSpan span) => Doc.Times.Where(t => span.Contains(t.Span));

    /// <summary>True when the token lies inside a time expression ("2024", "10 January").</summary>
    public bool InTime(int token)
    {
        var s = Tokens[token].Span;
        foreach (var t in Doc.Times)
        {
            if (t.Span.Overlaps(s))
            {
                return true;
            }
        }

        return false;
    }
}
