using AngleSharp.Html.Parser;
using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Reading;

/// <summary>
/// Extracts an article from HTML. AngleSharp parses the page (it repairs malformed markup the way
/// browsers do) and <see cref="HtmlMetadata"/> reads the head; SmartReader (a Readability port) picks
/// the article's content; when it finds none, the whole body minus navigation, asides and footers is
/// used. Either way the text then goes through the line cleaner, which removes what is left of link
/// lists and widgets.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>SmartReader's result is used only when it keeps at least this many characters of text.</summary>
    private const int MinReadableChars = 200;

    /// <summary>The page's article text and hints, or the reason it has none.</summary>
    public static (HtmlPage? Page, string? Error) Extract(string source, string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var hints = HtmlMetadata.Read(doc);
        if (doc.Body is null || string.IsNullOrWhiteSpace(doc.Body.TextContent))
        {
            return (null, "HTML page has no body text");
        }

        // SmartReader works on the parsed document (and changes it), so the fallback parses again.
        var readable = Readable(source, doc);
        var text = readable?.Text ?? HtmlBlocks.ToText(new HtmlParser().ParseDocument(html).Body!);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "HTML page has no article text (only navigation, scripts or forms)");
        }

        if (hints.Title is not null && !text.Contains(hints.Title, StringComparison.Ordinal))
        {
            text = hints.Title + "\n\n" + text; // the cleaner finds the title as the line above the story
        }

        var page = new HtmlPage(text, hints with { Byline = hints.Byline ?? readable?.Byline }, readable is null ? "angleSharp" : "smartreader");
        return (page, null);
    }

    private sealed record ReadableText(string Text, string? Byline);

    private static ReadableText? Readable(string source, AngleSharp.Html.Dom.IHtmlDocument doc)
    {
        var article = new SmartReader.Reader(BaseUrl(source), doc).GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        var content = new HtmlParser().ParseDocument(article.Content);
        var blocks = content.Body is null ? string.Empty : HtmlBlocks.ToText(content.Body);
        return blocks.Length < MinReadableChars
            ? null
            : new ReadableText(blocks, string.IsNullOrWhiteSpace(article.Byline) ? null : PageLayout.Normalize(article.Byline));
    }

    /// <summary>SmartReader resolves relative links against a URL; a file gets one that can never be fetched.</summary>
    private static string BaseUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? source
            : "https://local.invalid/" + Uri.EscapeDataString(Path.GetFileName(source));
}
