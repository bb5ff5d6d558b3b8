using System.Collections.Immutable;

namespace Chronicle.Core.Cleaning;

/// <summary>Where one article of a page starts and ends, and which line holds its title (-1: none).</summary>
public readonly record struct ArticleRegion(int Start, int End, int TitleLine, int TitleTwin);

/// <summary>
/// Finds the articles of a page. Page templates print a headline twice (once in the header, once
/// over the story); a headline printed twice after an article already had paragraphs, and followed
/// by paragraphs of its own, starts a second article glued to the first. The first article's title
/// is, in order: a headline printed twice before the first paragraph; a first line shaped
/// "Headline – Outlet"; the last headline before the first paragraph.
/// </summary>
public static class ArticleSplitter
{
    /// <summary>How many non-blank lines later a repeated headline may come back.</summary>
    private const int TwinWindow = 8;

    public static ImmutableArray<ArticleRegion> Split(PageLayout page, string? hintedTitle = null)
    {
        var firstText = page.FirstText(0, page.Count);
        if (firstText < 0)
        {
            return [];
        }

        var twins = RepeatedHeadlines(page);
        var (title, twin) = FirstTitle(page, firstText, twins, hintedTitle);
        var starts = new List<(int Start, int Title, int Twin)> { (title >= 0 ? title : firstText, title, twin) };
        foreach (var (line, other) in twins)
        {
            if (line <= firstText || line <= starts[^1].Start)
            {
                continue;
            }

            // After an end marker ("Most Read", "See the original post") the page lists other stories:
            // a headline printed twice there is a teaser, not a second article.
            if (HasParagraph(page, starts[^1].Start, line) && NextEnd(page, starts[^1].Start) > line
                && HasParagraph(page, other + 1, NextEnd(page, other + 1)))
            {
                starts.Add((line, line, other));
            }
        }

        var regions = ImmutableArray.CreateBuilder<ArticleRegion>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Start : page.Count;
            regions.Add(new ArticleRegion(starts[k].Start, end, starts[k].Title, starts[k].Twin));
        }

        return regions.ToImmutable();
    }

    /// <summary>Headlines (three words or more, not a short name such as the site's) printed again within a few lines.</summary>
    internal static List<(int Line, int Twin)> RepeatedHeadlines(PageLayout page)
    {
        var found = new List<(int, int)>();
        var taken = new HashSet<int>();
        for (var i = 0; i < page.Count; i++)
        {
            var line = page[i];
            if (taken.Contains(i) || page.InBlock(i) || !IsTitleShaped(line))
            {
                continue;
            }

            var seen = 0;
            for (var j = page.NextNonBlank(i); j >= 0 && seen < TwinWindow; j = page.NextNonBlank(j), seen++)
            {
                if (string.Equals(page[j].Text, line.Text, StringComparison.Ordinal))
                {
                    found.Add((i, j));
                    taken.Add(j);
                    break;
                }
            }
        }

        return found;
    }

    internal static bool IsTitleShaped(PageLine line) =>
        line.Kind == LineKind.Headline && line.Words >= 3 && !TitleRules.IsNameShaped(line.Text);

    private static (int Title, int Twin) FirstTitle(PageLayout page, int firstText, List<(int Line, int Twin)> twins, string? hintedTitle)
    {
        if (hintedTitle is not null)
        {
            var key = TitleRules.Key(hintedTitle);
            for (var i = 0; i < firstText; i++)
            {
                if (page[i].Kind != LineKind.Blank && TitleRules.Key(TitleRules.SplitOutletSuffix(page[i].Text, out _)) == key)
                {
                    return (i, -1);
                }
            }
        }

        var before = twins.Where(t => t.Line < firstText).ToList();
        if (before.Count > 0)
        {
            return (before[^1].Line, before[^1].Twin);
        }

        var first = page.NextNonBlank(-1);
        if (first >= 0 && first < firstText && !page.InBlock(first) && page[first].Kind == LineKind.Headline)
        {
            TitleRules.SplitOutletSuffix(page[first].Text, out var outlet);
            if (outlet is not null)
            {
                return (first, -1);
            }
        }

        for (var i = firstText - 1; i >= 0; i--)
        {
            if (!page.InBlock(i) && IsTitleShaped(page[i]))
            {
                return (i, -1);
            }
        }

        return (-1, -1);
    }

    private static int NextEnd(PageLayout page, int from)
    {
        for (var i = from; i < page.Count; i++)
        {
            if (page[i].Kind == LineKind.EndMarker)
            {
                return i;
            }
        }

        return page.Count;
    }

    private static bool HasParagraph(PageLayout page, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < to; i++)
        {
            if (page[i].Kind == LineKind.Paragraph && !page.InBlock(i))
            {
                return true;
            }
        }

        return false;
    }
}
