using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Turns the text of a page (plain text, or the lines extracted from HTML) into clean articles:
/// <see cref="PageLayout"/> classifies the lines, <see cref="ArticleSplitter"/> finds the articles,
/// <see cref="BodyBuilder"/> keeps each one's story, <see cref="OutletFinder"/> names the outlet.
/// The publication time is the one the user gave, else the one the page states next to the title,
/// else unknown: dates from tickers, link lists and other articles are never used.
/// </summary>
public sealed class ArticleCleaner
{
    public ImmutableArray<Article> Clean(string source, string text, PublicationTime? given) => Clean(source, text, given, PageHints.None);

    public ImmutableArray<Article> Clean(string source, string text, PublicationTime? given, PageHints hints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hints);
        var lines = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        var page = PageLayout.Parse(HardWrapJoiner.Unwrap(lines));
        var regions = ArticleSplitter.Split(page, hints.Title);
        if (regions.IsEmpty)
        {
            return [];
        }

        var outlet = hints.Outlet ?? OutletFinder.Find(page, regions[0].TitleLine);
        var articles = ImmutableArray.CreateBuilder<Article>(regions.Length);
        foreach (var region in regions)
        {
            var body = BodyBuilder.Build(page, region);
            if (body.Paragraphs.IsEmpty)
            {
                continue;
            }

            var first = articles.Count == 0;
            var title = first && hints.Title is not null ? TitleRules.SplitOutletSuffix(hints.Title, out _) : body.Title;
            var byline = first && hints.Byline is not null ? BylineParser.Parse(hints.Byline).Name : body.Byline;
            var published = given ?? (first ? hints.Published : null) ?? body.Stated ?? PublicationTime.Unknown;
            articles.Add(Build(source, articles.Count + 1, string.Join('\n', body.Paragraphs), title, outlet, byline, published, first ? hints.Url : null, body.Standfirst));
        }

        return articles.ToImmutable();
    }

    internal static Article Build(string source, int part, string body, string? title, string? outlet, string? byline, PublicationTime published, string? url = null, string? summary = null)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        return new Article(hash[..16], body, source, part, hash, title, outlet, byline, url, published, summary);
    }
}
