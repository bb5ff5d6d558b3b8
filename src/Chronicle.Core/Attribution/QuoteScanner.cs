using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// A stretch of text between quotation marks. <see cref="Content"/> excludes the marks. Scraped text
/// often loses a mark: <see cref="Opened"/> is false when only the closing mark was found (the quote
/// then starts at its paragraph), <see cref="Closed"/> false when the paragraph ended first.
/// </summary>
internal readonly record struct QuoteSegment(TextSpan Content, int OpenMark, int CloseMark, bool Opened, bool Closed, bool Single);

/// <summary>
/// Finds quotation-mark segments paragraph by paragraph: curly and straight double quotes, guillemets,
/// and single quotes used for quotations (a single-quoted stretch of four or more words; shorter ones
/// are scare quotes or apostrophes).
/// </summary>
internal static class QuoteScanner
{
    /// <summary>The content starts right after a quotation mark: one quotation, not reported words running into one.</summary>
    public static bool IsWholeQuote(string text, TextSpan content) => content.Start > 0 && IsQuoteChar(text[content.Start - 1]);

    public static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'';

    private static bool IsOpenDouble(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    private static bool IsCloseDouble(char c) => c is '\u201D' or '\u00BB';

    public static List<QuoteSegment> Scan(string text)
    {
        var result = new List<QuoteSegment>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            ScanLine(text, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }

        return result;
    }

    private static void ScanLine(string text, int start, int end, List<QuoteSegment> into)
    {
        var open = -1;
        var singleOpen = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var prev = i > start ? text[i - 1] : ' ';
            var next = i + 1 < end ? text[i + 1] : ' ';
            if (c == '\'' && next == '\'')
            {
                // Two apostrophes stand for a double quotation mark in some archives (''We're America.'').
                c = '"';
                i++;
                next = i + 1 < end ? text[i + 1] : ' ';
            }

            if (IsOpenDouble(c) || (c == '"' && open < 0 && !char.IsWhiteSpace(next)))
            {
                if (open >= 0)
                {
                    // A new opening mark before the old one closed: the old closing mark was lost.
                    Add(into, text, open, i, true, false, false);
                }

                open = i;
                singleOpen = -1;
            }
            else if (IsCloseDouble(c) || c == '"')
            {
                if (open >= 0)
                {
                    Add(into, text, open, i, true, true, false);
                    open = -1;
                }
                else
                {
                    // Closing mark without an opening one: the quote started at the paragraph.
                    Add(into, text, start - 1, i, false, true, false);
                }

                singleOpen = -1;
            }
            else if (open < 0 && (c == '\u2018' || (c == '\'' && char.IsWhiteSpace(prev))) && char.IsLetter(next) && (char.IsWhiteSpace(prev) || i == start))
            {
                singleOpen = i;
            }
            else if (open < 0 && singleOpen >= 0 && (c is '\u2019' or '\'') && !char.IsLetter(next) && !char.IsWhiteSpace(prev))
            {
                if (WordCount(text, singleOpen + 1, i) >= 4)
                {
                    Add(into, text, singleOpen, i, true, true, true);
                }

                singleOpen = -1;
            }
        }

        if (open >= 0)
        {
            Add(into, text, open, end, true, false, false);
        }
    }

    private static void Add(List<QuoteSegment> into, string text, int open, int close, bool opened, bool closed, bool single)
    {
        var s = open + 1;
        var e = close;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (s < e && text[s] == '\'')
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or '\''))
        {
            e--;
        }

        if (e > s)
        {
            into.Add(new QuoteSegment(new TextSpan(s, e), open, closed ? close : -1, opened, closed, single));
        }
    }

    private static int WordCount(string text, int start, int end)
    {
        var n = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
