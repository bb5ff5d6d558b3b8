using System.Collections.Immutable;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Builds one article from its region of the page. The header (between title and first paragraph)
/// gives byline and publication date; the body keeps sentence-shaped lines and photo captions, up to
/// an end marker, and drops: lines inside blocks of other articles, the title printed again, a line
/// printed twice (captions, pull quotes), a pull quote set off with a "- Speaker" line after it.
/// </summary>
public static class BodyBuilder
{
    /// <summary>A pull quote's attribution line ("- Iraqi negotiator") has at most this many words.</summary>
    private const int PullQuoteSpeakerWords = 6;

    public static ArticleBody Build(PageLayout page, ArticleRegion region)
    {
        string? title = null;
        if (region.TitleLine >= 0)
        {
            title = TitleRules.SplitOutletSuffix(page[region.TitleLine].Text, out _);
        }

        var first = page.FirstText(region.Start, region.End);
        var (byline, stated) = ReadHeader(page, region.Start, first < 0 ? region.End : first);
        if (first < 0)
        {
            return new ArticleBody(title, [], null, byline, stated);
        }

        var (standfirst, start) = Standfirst(page, first, region.End);
        var kept = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (title is not null)
        {
            seen.Add(TitleRules.Key(title));
            seen.Add(TitleRules.Key(page[region.TitleLine].Text));
        }

        for (var i = start; i < region.End; i++)
        {
            var line = page[i];
            if (line.Kind == LineKind.EndMarker && kept.Count > 0)
            {
                break;
            }

            // Captions inside the story stay (once): they often carry an event's date and place.
            var keep = line.IsSentence || line.Kind is LineKind.Caption or LineKind.Teaser;
            if (!keep || page.InBlock(i) || IsPullQuote(page, i) || !seen.Add(TitleRules.Key(line.Text)))
            {
                continue;
            }

            kept.Add(i);
        }

        if (kept.Exists(i => IsWhollyQuoted(page[i].Text)))
        {
            var keys = kept.ToDictionary(i => i, i => TitleRules.Key(page[i].Text));
            kept.RemoveAll(i => IsQuotedEcho(page, i, kept, keys));
        }

        return new ArticleBody(title, [.. kept.Select(i => page[i].Text)], standfirst, byline, stated);
    }

    private static (string? Byline, Model.PublicationTime? Stated) ReadHeader(PageLayout page, int from, int to)
    {
        string? byline = null;
        Model.PublicationTime? stated = null;
        for (var i = from; i < to; i++)
        {
            if (page.InBlock(i))
            {
                continue;
            }

            var line = page[i];
            LineClassifier.StripBullet(line.Text, out var core);
            if (line.Kind == LineKind.Byline && byline is null)
            {
                var (name, date) = BylineParser.Parse(line.Text);
                byline = name;
                stated ??= date;
            }
            else if (line.Kind == LineKind.DateLine && stated is null)
            {
                stated = DateLineParser.TryParse(core.ToString());
            }
        }

        return (byline, stated);
    }

    /// <summary>A line wholly in quotes followed by a short "- Speaker" line: a pull quote, not the story.</summary>
    private static bool IsPullQuote(PageLayout page, int i)
    {
        if (!IsWhollyQuoted(page[i].Text))
        {
            return false;
        }

        var next = page.NextNonBlank(i);
        if (next < 0 || page[next].Words > PullQuoteSpeakerWords)
        {
            return false;
        }

        var t = page[next].Text;
        return t.Length > 2 && t[0] is '-' or '–' or '—' && t[1] == ' ';
    }

    /// <summary>
    /// A line wholly in quotes whose words come back inside another kept paragraph is a pull quote
    /// repeating the story; the longer paragraph stays.
    /// </summary>
    private static bool IsQuotedEcho(PageLayout page, int i, List<int> kept, Dictionary<int, string> keys)
    {
        var text = page[i].Text;
        if (!IsWhollyQuoted(text) || text.Length < 40)
        {
            return false;
        }

        var inner = TitleRules.Key(text[1..Math.Min(text.Length - 1, 61)]);
        foreach (var other in kept)
        {
            if (other != i && page[other].Text.Length > text.Length && keys[other].Contains(inner, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first paragraph is a standfirst when a photo block (a caption or credit line) separates it
    /// from the story that follows (at least two more paragraphs). Returns it and where the story starts;
    /// the lead photo's caption, above the story, is left out with the header.
    /// </summary>
    private static (string? Standfirst, int Start) Standfirst(PageLayout page, int first, int end)
    {
        var photo = false;
        var next = -1;
        for (var i = first + 1; i < end && next < 0; i++)
        {
            if (page.InBlock(i))
            {
                continue;
            }

            photo |= page[i].Kind is LineKind.Caption or LineKind.Credit;
            if (page[i].IsSentence)
            {
                next = i;
            }
        }

        if (!photo || next < 0 || page[first].Kind != LineKind.Paragraph)
        {
            return (null, first);
        }

        var more = 0;
        for (var i = next; i < end && more < 2; i++)
        {
            more += page[i].Kind == LineKind.Paragraph && !page.InBlock(i) ? 1 : 0;
        }

        return more >= 2 ? (page[first].Text, next) : (null, first);
    }

    private static bool IsWhollyQuoted(string text) =>
        text.Length > 2 && text[0] is '"' or '“' or '\'' or '‘' && text[^1] is '"' or '”' or '\'' or '’';
}
