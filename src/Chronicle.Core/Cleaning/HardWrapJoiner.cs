using System.Text;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Undoes hard wrapping. The cleaner reads one paragraph a line, but plain-text mail and wire copy are
/// often wrapped at a fixed width (70–80 columns) with blank lines between paragraphs. A page counts as
/// wrapped when its lines are never longer than <see cref="MaxWrapWidth"/> and many of them stop near
/// the widest line in the middle of a sentence; then such a line is joined with the next one. A line
/// that ends a sentence stays a paragraph end (at worst a wrapped paragraph becomes two). Pages with
/// long lines (web scrapes) are left as they are.
/// </summary>
public static class HardWrapJoiner
{
    /// <summary>Wider than any common wrap width; a page with longer lines is not hard-wrapped.</summary>
    public const int MaxWrapWidth = 100;

    /// <summary>Narrower than any common wrap width: a page of short lines is a menu or a list, not wrapped prose.</summary>
    public const int MinWrapWidth = 40;

    /// <summary>A line at least this share of the wrap width was cut by the wrap, not by the writer.</summary>
    private const double FilledShare = 0.7;

    /// <summary>At least this share of non-blank lines must be cut mid-sentence for the page to count as wrapped.</summary>
    private const double WrappedShare = 0.3;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n');
        var width = 0;
        var nonBlank = 0;
        foreach (var line in lines)
        {
            var length = line.TrimEnd().Length;
            if (length > MaxWrapWidth)
            {
                return text;
            }

            width = Math.Max(width, length);
            nonBlank += length > 0 ? 1 : 0;
        }

        if (width < MinWrapWidth)
        {
            return text;
        }

        // The first line is the title's place: it is never joined to what follows.
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var cut = 0;
        for (var i = first + 1; i + 1 < lines.Length; i++)
        {
            if (IsCut(lines[i], lines[i + 1], width))
            {
                cut++;
            }
        }

        if (nonBlank < 4 || cut < WrappedShare * nonBlank)
        {
            return text;
        }

        var joined = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            joined.Append(lines[i].TrimEnd());
            joined.Append(i > first && i + 1 < lines.Length && IsCut(lines[i], lines[i + 1], width) ? ' ' : '\n');
        }

        return joined.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// The line is filled to near the width, stops mid-sentence (or the next line goes on in lower case),
    /// and the next line continues it (neither blank nor a list item).
    /// </summary>
    private static bool IsCut(string line, string next, int width)
    {
        var t = line.Trim();
        var n = next.Trim();
        return t.Length >= FilledShare * width && n.Length > 0
            && !LineClassifier.StripBullet(t, out _) && !LineClassifier.StripBullet(n, out _)
            && (!LineClassifier.EndsLikeSentence(t) || char.IsLower(n[0]));
    }
}
