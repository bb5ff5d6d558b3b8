using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Segmenting;

/// <summary>
/// Splits clean text into paragraphs (lines), sentences and tokens with a hand-written scanner: a
/// sentence ends at '.', '!' or '?' (plus closing quotes or brackets) followed by a space and a
/// sentence opener, unless the word before the period is an abbreviation ("U.S.", "Lt.-Gen.").
/// A line break always ends a sentence: the cleaner puts one paragraph on each line.
/// </summary>
public sealed class SentenceSegmenter : IAnnotator
{
    public string Name => "segment";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        var text = article.Text;
        return article with { Sentences = Split(text), Tokens = Tokenizer.Tokenize(text) };
    }

    public static ImmutableArray<Sentence> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences))
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences.ToImmutable();
    }

    private static bool SplitLine(string text, int start, int end, int paragraph, ImmutableArray<Sentence>.Builder into)
    {
        var any = false;
        var sentenceStart = SkipSpace(text, start, end);
        if (RunInHeading(text, sentenceStart, end, out var headingEnd, out var bodyStart))
        {
            any = AddTrimmed(text, sentenceStart, headingEnd, paragraph, into);
            sentenceStart = bodyStart;
        }

        var i = sentenceStart;
        while (i < end)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' && IsBoundary(text, sentenceStart, i, end, out var after))
            {
                AddTrimmed(text, sentenceStart, after, paragraph, into);
                any = true;
                sentenceStart = SkipSpace(text, after, end);
                i = sentenceStart;
                continue;
            }

            i++;
        }

        if (sentenceStart < end)
        {
            any |= AddTrimmed(text, sentenceStart, end, paragraph, into);
        }

        return any;
    }

    private static bool IsBoundary(string text, int sentenceStart, int punct, int lineEnd, out int after)
    {
        after = punct + 1;
        while (after < lineEnd && text[after] is '.' or '!' or '?')
        {
            after++;
        }

        while (after < lineEnd && IsCloser(text[after]))
        {
            after++;
        }

        if (after >= lineEnd)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return false; // "3.5", "U.S.-led", "example.com"
        }

        var next = SkipSpace(text, after, lineEnd);
        if (next >= lineEnd)
        {
            return true;
        }

        var opener = text[next];
        if (!(char.IsUpper(opener) || char.IsDigit(opener) || IsOpener(opener)))
        {
            return false; // "approx. two", "Lt. col" — a lowercase continuation is the same sentence
        }

        if (text[punct] != '.')
        {
            return true;
        }

        var wordStart = punct;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpener(text[wordStart - 1]))
        {
            wordStart--;
        }

        return Abbreviations.Classify(text.AsSpan(wordStart, punct - wordStart)) switch
        {
            AbbreviationKind.None => true,
            AbbreviationKind.Title => false,
            _ => Abbreviations.IsOpener(WordAt(text, next, lineEnd)), // "… in the U.S. The talks …"
        };
    }

    /// <summary>
    /// A run-in heading opening a paragraph: three or more words in capitals before a dash ("QUESTIONABLE MEDICAL
    /// CLAIMS — For years, …"), or two or more before a word in mixed case ("SAVE A QUARTER Let's say …"). It is a
    /// sentence of its own, or its last words would be read as the subject of the first clause. A comma ends the run,
    /// so datelines ("SAN LUIS OBISPO, Calif. —") and two-word ones ("MIDWAY ATOLL - …") stay as they are.
    /// </summary>
    private static bool RunInHeading(string text, int start, int end, out int headingEnd, out int bodyStart)
    {
        headingEnd = bodyStart = start;
        var words = 0;
        var longest = 0;
        var i = start;
        while (i < end)
        {
            var w = i;
            var letters = 0;
            var capital = true;
            while (w < end && !char.IsWhiteSpace(text[w]))
            {
                var c = text[w];
                if (char.IsLetter(c))
                {
                    capital &= char.IsUpper(c);
                    letters++;
                }
                else if (!(char.IsDigit(c) || c is '\'' or '\u2019' or '-' or '&' or '/'))
                {
                    capital = false;
                }

                w++;
            }

            if (!capital || letters == 0)
            {
                break;
            }

            words++;
            longest = Math.Max(longest, letters);
            headingEnd = w;
            i = SkipSpace(text, w, end);
        }

        if (i >= end || words < 2)
        {
            return false;
        }

        var dash = text[i] is '\u2014' or '\u2013' ? 1 : text[i] == '-' && i + 1 < end && text[i + 1] == '-' ? 2 : 0;
        if (dash > 0 && words >= 3 && i + dash < end && char.IsWhiteSpace(text[i + dash]))
        {
            bodyStart = SkipSpace(text, i + dash, end);
            return bodyStart < end;
        }

        // "SAVE A QUARTER Let's say …": a capitalised word in mixed case opens the body (acronyms alone, "US AND UK", are no heading).
        if (longest >= 5 && char.IsUpper(text[i]) && i + 1 < end && char.IsLower(text[i + 1]))
        {
            bodyStart = i;
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    private static bool AddTrimmed(string text, int start, int end, int paragraph, ImmutableArray<Sentence>.Builder into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return false;
        }

        into.Add(new Sentence(new TextSpan(start, end), paragraph));
        return true;
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';
}
