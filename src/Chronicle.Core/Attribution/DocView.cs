using System.Collections.Immutable;
using Chronicle.Core.Model;
using Chronicle.Core.Segmenting;

namespace Chronicle.Core.Attribution;

/// <summary>
/// A read-only view of an article for the attribution rules: tokens with their sentence, sentence
/// token ranges and paragraphs, and cheap case-insensitive word tests (no substrings allocated).
/// </summary>
internal sealed class DocView
{
    public DocView(AnnotatedArticle article)
    {
        Text = article.Text;
        Sentences = article.Sentences.IsDefaultOrEmpty ? SentenceSegmenter.Split(Text) : article.Sentences;
        Tokens = article.Tokens.IsDefaultOrEmpty ? Tokenizer.Tokenize(Text) : article.Tokens;
        SentenceStart = new int[Sentences.Length];
        SentenceEnd = new int[Sentences.Length];
        var t = 0;
        for (var s = 0; s < Sentences.Length; s++)
        {
            var span = Sentences[s].Span;
            while (t < Tokens.Length && Tokens[t].Span.Start < span.Start)
            {
                t++;
            }

            SentenceStart[s] = t;
            while (t < Tokens.Length && Tokens[t].Span.End <= span.End)
            {
                t++;
            }

            SentenceEnd[s] = t;
        }
    }

    public string Text { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>First token of each sentence.</summary>
    public int[] SentenceStart { get; }

    /// <summary>One past the last token of each sentence.</summary>
    public int[] SentenceEnd { get; }

    public ReadOnlySpan<char> W(int i) => Tokens[i].Span.Slice(Text);

    public bool Is(int i, string word) => i >= 0 && i < Tokens.Length && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Capitalised, or a lowercase particle joined to a capitalised name ("al-Sudani", "el-Sisi").</summary>
    public bool IsCap(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var w = W(i);
        if (char.IsUpper(w[0]))
        {
            return true;
        }

        var dash = w.IndexOf('-');
        return dash is > 0 and <= 4 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]);
    }

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Span.Length == 1 && Text[Tokens[i].Span.Start] == c;

    /// <summary>An em or en dash, or a hyphen standing apart from the word before it ("impulses - it"): a dash between phrases.</summary>
    public bool IsDash(int i) =>
        IsPunct(i, '\u2014') || IsPunct(i, '\u2013') || IsPunct(i, '\u2015') || (IsPunct(i, '-') && i > 0 && Tokens[i].Span.Start > Tokens[i - 1].Span.End);

    public bool IsQuoteMark(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Span.Length == 1 && QuoteScanner.IsQuoteChar(Text[Tokens[i].Span.Start]);

    public bool IsPunctuation(int i) => i >= 0 && i < Tokens.Length && !IsWord(i);

    public bool In(int i, IReadOnlySet<string> set) => IsWord(i) && set is System.Collections.Frozen.FrozenSet<string> f
        ? f.GetAlternateLookup<ReadOnlySpan<char>>().Contains(W(i))
        : IsWord(i) && set.Contains(W(i).ToString());

    /// <summary>Index of the first token starting at or after <paramref name="pos"/>.</summary>
    public int TokenAt(int pos) => SortedSearch.LowerBound(Tokens, Tokens.Length, pos, static (tokens, i) => tokens[i].Span.Start);

    public int Paragraph(int sentence) => Sentences[sentence].Paragraph;

    /// <summary>The span from token <paramref name="from"/> to token <paramref name="to"/> (inclusive).</summary>
    public TextSpan Span(int from, int to) => new(Tokens[from].Span.Start, Tokens[to].Span.End);

    /// <summary>Word tokens in a character range.</summary>
    public int CountWords(TextSpan span)
    {
        var n = 0;
        for (var i = TokenAt(span.Start); i < Tokens.Length && Tokens[i].Span.End <= span.End; i++)
        {
            if (IsWord(i))
            {
                n++;
            }
        }

        return n;
    }
}
