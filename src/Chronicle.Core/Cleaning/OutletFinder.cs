using System.Text.RegularExpressions;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Finds the outlet that published a page, in order of trust: a title line "Headline – Outlet";
/// a short name printed as the page's first line and again further down (the site's logo text);
/// the outlet naming itself in the story — "X contacted … for comment", or sources who "told X"
/// at least twice (outlets write "told Middle East Eye" about their own interviews; a story citing
/// another outlet's interview does so once, if at all).
/// </summary>
public static partial class OutletFinder
{
    private const int MinToldCount = 2;

    public static string? Find(PageLayout page, int titleLine)
    {
        if (titleLine >= 0)
        {
            TitleRules.SplitOutletSuffix(page[titleLine].Text, out var suffix);
            if (suffix is not null)
            {
                return suffix;
            }
        }

        return SiteNameLine(page) ?? SelfReference(page);
    }

    private static string? SiteNameLine(PageLayout page)
    {
        var first = page.NextNonBlank(-1);
        if (first < 0 || page[first].Kind != LineKind.Headline || !TitleRules.IsNameShaped(page[first].Text))
        {
            return null;
        }

        var name = page[first].Text;
        for (var i = first + 1; i < page.Count; i++)
        {
            LineClassifier.StripBullet(page[i].Text, out var core);
            if (core.Equals(name, StringComparison.Ordinal) || (core.StartsWith("By ", StringComparison.Ordinal) && core[3..].Equals(name, StringComparison.Ordinal)))
            {
                return name;
            }
        }

        return null;
    }

    private static string? SelfReference(PageLayout page)
    {
        var told = new Dictionary<string, int>(StringComparer.Ordinal);
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < page.Count; i++)
        {
            if (!page[i].IsSentence || page.InBlock(i))
            {
                continue;
            }

            var text = page[i].Text;
            if (text.Contains("for comment", StringComparison.Ordinal) && ForComment().Match(text) is { Success: true } comment)
            {
                return comment.Groups["name"].Value;
            }

            if (!MayNameVenue(text))
            {
                continue;
            }

            foreach (Match m in Told().Matches(text))
            {
                var name = m.Groups["name"].Value;
                told[name] = told.GetValueOrDefault(name) + 1;
            }
        }

        // A name that also speaks ("Harbour said") is a person or body quoted, not the publisher.
        foreach (var name in told.Keys)
        {
            for (var i = 0; i < page.Count; i++)
            {
                if (page[i].IsSentence && Speaks(page[i].Text, name))
                {
                    speakers.Add(name);
                    break;
                }
            }
        }

        return told.Where(kv => kv.Value >= MinToldCount && !speakers.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .FirstOrDefault();
    }

    private static bool Speaks(string text, string name) =>
        text.Contains(name + " said", StringComparison.Ordinal) || text.Contains(name + " says", StringComparison.Ordinal)
        || text.Contains(name + " added", StringComparison.Ordinal) || text.Contains(name + " stated", StringComparison.Ordinal);

    private static bool MayNameVenue(string text) =>
        text.Contains("told ", StringComparison.Ordinal) || text.Contains("spoke to ", StringComparison.Ordinal)
        || text.Contains("peaking to ", StringComparison.Ordinal) || text.Contains("interview with ", StringComparison.Ordinal);

    private const string Name = @"(?<name>[A-Z][\p{L}'’]*(?:-[\p{L}]+)*(?:\s+(?:[A-Z][\p{L}'’]*(?:-[\p{L}]+)*|of|al-[\p{L}]+)){0,4})";

    [GeneratedRegex(@"\b(?:told|speaking to|spoke to|in an interview with)\s+" + Name, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Told();

    [GeneratedRegex(@"^" + Name + @"\s+(?:has\s+|had\s+)?(?:contacted|reached out to|asked|requested comment from|emailed|approached)\b.{0,160}?\bfor comment", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ForComment();
}
