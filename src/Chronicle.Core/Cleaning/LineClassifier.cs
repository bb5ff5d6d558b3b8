using System.Text.RegularExpressions;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Classifies one line by its shape: sentence punctuation at the end, length in words, a bullet,
/// a cue phrase from <see cref="BoilerplateCues"/>, a date, a caption credit. Context (what comes
/// before and after) is the business of <see cref="PageLayout"/> and <see cref="BodyBuilder"/>.
/// </summary>
public static partial class LineClassifier
{
    /// <summary>A sentence-shaped line with at least this many words is a paragraph of an article.</summary>
    public const int ParagraphWords = 8;

    /// <summary>A caption credit in parentheses has at most this many words ("(CENTCOM file)").</summary>
    private const int CreditWords = 5;

    public static LineKind Classify(string line) => Classify(line, BoilerplateCues.Default);

    internal static LineKind Classify(string line, BoilerplateCues cues)
    {
        var t = line.AsSpan().Trim();
        if (t.IsEmpty)
        {
            return LineKind.Blank;
        }

        var bullet = StripBullet(t, out var core);
        var words = CountWords(core);
        if (words == 0)
        {
            return LineKind.Other;
        }

        switch (words <= 12 ? cues.Match(core) : CueKind.None)
        {
            case CueKind.Drop: return LineKind.Widget;
            case CueKind.Block: return LineKind.BlockHeading;
            case CueKind.End: return LineKind.EndMarker;
        }

        if (core.StartsWith("©") || core.StartsWith("Copyright ", StringComparison.OrdinalIgnoreCase))
        {
            return LineKind.EndMarker;
        }

        if (words <= 12 && IsByline(core))
        {
            return LineKind.Byline;
        }

        if (words <= 10 && HasYear(core) && DateLineParser.TryParse(core.ToString()) is not null)
        {
            return LineKind.DateLine;
        }

        if (char.IsDigit(core[0]) && Counter().IsMatch(core))
        {
            return LineKind.Counter;
        }

        if (bullet)
        {
            return LineKind.Bullet;
        }

        if (core.EndsWith('…') || core.EndsWith("..."))
        {
            return LineKind.Teaser;
        }

        if (IsCaption(core))
        {
            return LineKind.Caption;
        }

        var sentence = EndsLikeSentence(core);
        if (!sentence && words <= 15 && (core.Contains('/') || core.Contains('©')) && !core.Contains("://", StringComparison.Ordinal))
        {
            return LineKind.Credit;
        }

        if (sentence)
        {
            return words >= ParagraphWords ? LineKind.Paragraph : LineKind.ShortSentence;
        }

        return LineKind.Headline;
    }

    /// <summary>True for list markers: "•", "·", "▪", "*", or a dash followed by a space.</summary>
    public static bool StripBullet(ReadOnlySpan<char> line, out ReadOnlySpan<char> rest)
    {
        var t = line.TrimStart();
        var stripped = false;
        while (!t.IsEmpty)
        {
            if (t[0] is '•' or '·' or '▪' or '◦' or '►' or '*')
            {
                t = t[1..].TrimStart();
                stripped = true;
            }
            else if (t.Length > 1 && t[0] is '-' or '–' or '—' && t[1] == ' ')
            {
                t = t[2..].TrimStart();
                stripped = true;
            }
            else
            {
                break;
            }
        }

        rest = t.TrimEnd();
        return stripped;
    }

    /// <summary>Ends with '.', '!' or '?' (before closing quotes or brackets), or with ':' after a long lead-in.</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        while (!t.IsEmpty && IsCloser(t[^1]))
        {
            t = t[..^1];
        }

        if (t.IsEmpty)
        {
            return false;
        }

        return t[^1] is '.' or '!' or '?' || (t[^1] == ':' && CountWords(t) >= ParagraphWords);
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && c is '-' or '\'' or '’' or '.' or ',');
        }

        return count;
    }

    /// <summary>Four digits in a row: every date line the parser accepts states its year.</summary>
    private static bool HasYear(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    private static bool IsByline(ReadOnlySpan<char> core) =>
        (core.StartsWith("By ", StringComparison.Ordinal) || core.StartsWith("BY ", StringComparison.Ordinal)
            || core.StartsWith("Written by ", StringComparison.OrdinalIgnoreCase))
        && !EndsLikeSentence(core);

    /// <summary>"Text (Credit)" with a short credit in parentheses closing the line: a photo caption.</summary>
    private static bool IsCaption(ReadOnlySpan<char> core)
    {
        if (core[^1] != ')' || core[0] is '"' or '“' or '\'' or '‘')
        {
            return false;
        }

        var open = core.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var credit = core[(open + 1)..^1];
        return !credit.IsEmpty && char.IsUpper(credit[0]) && CountWords(credit) <= CreditWords && CountWords(core[..open]) >= 3;
    }

    [GeneratedRegex(@"^\d[\d,.]*\s*[kKmM]?\s+(?:min(?:ute)?s?\s+read|shares?|comments?|views?|likes?|reads?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Counter();
}
