using AngleSharp.Dom;
using Chronicle.Core.Cleaning;
using Chronicle.Core.Model;

namespace Chronicle.Core.Reading;

/// <summary>
/// Reads what a page's head states: title (og:title, twitter:title, &lt;title&gt;, first &lt;h1&gt;),
/// outlet (og:site_name, application-name, "Title – Outlet"), author, canonical URL and publication
/// time (article:published_time and its kin, then the first &lt;time datetime&gt;), each time with the
/// attribute it came from as evidence.
/// </summary>
internal static class HtmlMetadata
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    public static PageHints Read(IDocument doc)
    {
        var rawTitle = Meta(doc, "og:title") ?? Meta(doc, "twitter:title") ?? NonEmpty(doc.Title) ?? NonEmpty(doc.QuerySelector("h1")?.TextContent);
        string? title = null;
        string? suffixOutlet = null;
        if (rawTitle is not null)
        {
            title = TitleRules.SplitOutletSuffix(PageLayout.Normalize(rawTitle), out suffixOutlet);
        }

        var outlet = Meta(doc, "og:site_name") ?? Meta(doc, "application-name") ?? suffixOutlet;
        var byline = Meta(doc, "author") ?? Meta(doc, "article:author") ?? NonEmpty(doc.QuerySelector("[rel=author]")?.TextContent);
        if (byline is not null && byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            byline = null; // article:author is often a profile URL, not a name
        }

        var url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");
        return new PageHints(title, outlet is null ? null : PageLayout.Normalize(outlet), byline is null ? null : PageLayout.Normalize(byline), Published(doc), NonEmpty(url));
    }

    private static PublicationTime? Published(IDocument doc)
    {
        foreach (var name in DateMetas)
        {
            var value = Meta(doc, name);
            if (DateLineParser.TryParseMachine(value, $"<meta {name}=\"{value}\">") is { } stated)
            {
                return stated;
            }
        }

        var itemprop = doc.QuerySelector("[itemprop=datePublished]");
        var content = itemprop?.GetAttribute("content") ?? itemprop?.GetAttribute("datetime");
        if (DateLineParser.TryParseMachine(content, $"itemprop datePublished=\"{content}\"") is { } fromItemprop)
        {
            return fromItemprop;
        }

        // A <time> inside a list of other articles (li, aside, nav, footer) carries their dates, never this one's.
        foreach (var time in doc.QuerySelectorAll("time[datetime]"))
        {
            if (time.Closest("li, aside, nav, footer") is not null)
            {
                continue;
            }

            var datetime = time.GetAttribute("datetime");
            return DateLineParser.TryParseMachine(datetime, $"<time datetime=\"{datetime}\">");
        }

        return null;
    }

    private static string? Meta(IDocument doc, string name)
    {
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return NonEmpty(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
