using System.Text;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;

namespace Chronicle.Core.Tests.Reading;

/// <summary>HTML pages of our own: detection by content, metadata, boilerplate left behind by extraction.</summary>
public sealed class HtmlReadingTests
{
    private static ReadResult Read(string html, PublicationTime? given = null) =>
        new ArticleReader(new ReadOptions(given)).ReadBytes("page.bin", Encoding.UTF8.GetBytes(html));

    private const string Story =
        "<p>The harbour authority said on Monday that the northern quay would reopen to container ships next month.</p>" +
        "<p>Dock workers ended a three-week strike after the port agreed to raise night-shift pay by 8 percent.</p>" +
        "<p>The mayor told reporters that the city expected the first ship to arrive before the end of March.</p>";

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", true)]
    [InlineData("  \n<html lang=\"en\"><head>", true)]
    [InlineData("<div class=\"story\"><p>The port reopened.</p></div>", true)]
    [InlineData("Harbour reopens\nThe port said <b> tags are not used here.", false)]
    [InlineData("<3 the harbour\nThe port reopened on Monday.", false)]
    public void Html_is_detected_by_content_not_by_name(string text, bool expected)
    {
        Assert.Equal(expected, ContentSniffer.IsHtml(text));
    }

    [Fact]
    public void Metadata_gives_title_outlet_byline_url_and_stated_time()
    {
        var html = "<html><head><title>Harbour reopens after strike | Coast Gazette</title>" +
                   "<meta property=\"og:site_name\" content=\"Coast Gazette\"><meta name=\"author\" content=\"Jane Harbour\">" +
                   "<meta property=\"article:published_time\" content=\"2023-03-03T08:15:00+01:00\">" +
                   "<link rel=\"canonical\" href=\"https://gazette.invalid/harbour\"></head><body><article>" + Story + "</article></body></html>";

        var article = Assert.Single(Read(html).Articles);

        Assert.Equal("Harbour reopens after strike", article.Title);
        Assert.Equal("Coast Gazette", article.Outlet);
        Assert.Equal("Jane Harbour", article.Byline);
        Assert.Equal("https://gazette.invalid/harbour", article.Url);
        Assert.Equal(new PublicationTime("2023-03-03T08:15", DatePrecision.Minute, PublicationOrigin.Stated, "<meta article:published_time=\"2023-03-03T08:15:00+01:00\">"), article.Published);
        Assert.StartsWith("The harbour authority said", article.Text, StringComparison.Ordinal);
        Assert.Equal(3, article.Text.Split('\n').Length);
    }

    [Fact]
    public void Menus_related_lists_share_widgets_and_footers_are_not_in_the_body()
    {
        var html = "<html><head><title>Harbour reopens after strike</title></head><body>" +
                   "<header><nav><ul><li>World</li><li>Politics</li></ul></nav></header>" +
                   "<div class=\"share\">Share Tweet</div>" +
                   "<div class=\"story\"><h1>Harbour reopens after strike</h1>" + Story +
                   "<aside><h2>Related</h2><ul><li><a href=\"/f\">Ferry fares rise</a> 2 May 2021</li></ul></aside></div>" +
                   "<div class=\"more\"><h3>More Stories</h3><ul><li>Bridge tolls to rise in spring</li></ul></div>" +
                   "<footer>All Rights Reserved</footer></body></html>";

        var article = Assert.Single(Read(html).Articles);

        foreach (var junk in (string[])["World", "Politics", "Share", "Related", "Ferry fares", "More Stories", "Bridge tolls", "Rights", "Harbour reopens"])
        {
            Assert.DoesNotContain(junk, article.Text, StringComparison.Ordinal);
        }

        Assert.Equal(PublicationTime.Unknown, article.Published);
    }

    [Fact]
    public void A_time_element_of_the_story_is_stated_but_one_in_a_list_of_other_stories_is_not()
    {
        var listed = "<html><head><title>Harbour reopens after strike</title></head><body><div>" + Story +
                     "</div><ul><li>Ferry fares rise <time datetime=\"2021-05-02\">2 May</time></li></ul></body></html>";
        Assert.Equal(PublicationTime.Unknown, Assert.Single(Read(listed).Articles).Published);

        var own = listed.Replace("<div>", "<div><p class=\"meta\">By Jane Harbour · <time datetime=\"2023-03-03\">3 March 2023</time></p>", StringComparison.Ordinal);
        var article = Assert.Single(Read(own).Articles);
        Assert.Equal("2023-03-03", article.Published.Value);
        Assert.Equal(PublicationOrigin.Stated, article.Published.Origin);
    }

    [Fact]
    public void A_given_time_wins_over_the_markup()
    {
        var given = new PublicationTime("2024-01-01", DatePrecision.Day, PublicationOrigin.Given, "--published 2024-01-01");
        var html = "<html><head><meta property=\"article:published_time\" content=\"2023-03-03\"></head><body>" + Story + "</body></html>";
        Assert.Equal(given, Assert.Single(Read(html, given).Articles).Published);
    }

    [Fact]
    public void Scripts_and_styles_never_reach_the_text()
    {
        var html = "<html><head><style>p{color:red}</style></head><body><script>var x = 'The port said hello to everyone today.';</script>" + Story + "</body></html>";
        var article = Assert.Single(Read(html).Articles);
        Assert.DoesNotContain("var x", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", article.Text, StringComparison.Ordinal);
    }
}
