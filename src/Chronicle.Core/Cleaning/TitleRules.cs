using System.Collections.Frozen;

namespace Chronicle.Core.Cleaning;

/// <summary>Shapes of titles and names: "Title – Outlet", name-like lines, comparing titles.</summary>
public static class TitleRules
{
    private static readonly string[] Separators = [" – ", " — ", " | ", " - ", " :: "];

    /// <summary>Lowercase joiners allowed inside a name ("Voice of America", "Al Mayadeen", "Asharq Al-Awsat").</summary>
    private static readonly FrozenSet<string> Joiners = new[] { "of", "the", "and", "for", "de", "al", "el", "on", "&" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Splits "Headline – Outlet" (also "|", " - ", "—"): the part after the last separator is the outlet
    /// when it looks like a name of at most six words. Returns the headline alone.
    /// </summary>
    public static string SplitOutletSuffix(string title, out string? outlet)
    {
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var right = title[(at + separator.Length)..].Trim();
            var left = title[..at].Trim();
            if (IsNameShaped(right, maxWords: 6) && LineClassifier.CountWords(left) >= 3)
            {
                outlet = right;
                return left;
            }
        }

        outlet = null;
        return title;
    }

    /// <summary>Every word capitalised (or a joiner such as "of", "al"); no sentence punctuation; a few words.</summary>
    public static bool IsNameShaped(string text, int maxWords = 5)
    {
        var t = text.Trim();
        if (t.Length < 3 || LineClassifier.EndsLikeSentence(t) || t.EndsWith(',') || t.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > maxWords)
        {
            return false;
        }

        var capitals = 0;
        foreach (var word in words)
        {
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                capitals++;
            }
            else if (!Joiners.Contains(word.TrimEnd('-')) && !word.StartsWith("al-", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return capitals > 0;
    }

    /// <summary>Compares titles ignoring case, dash style and spacing ("A – B" equals "a - b").</summary>
    public static string Key(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                chars[n++] = ' ';
                space = false;
            }

            chars[n++] = c is '–' or '—' or '‐' ? '-' : c is '’' or '‘' ? '\'' : c is '“' or '”' ? '"' : char.ToLowerInvariant(c);
        }

        return new string(chars, 0, n);
    }
}
