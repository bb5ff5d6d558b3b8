using Chronicle.Core.Attribution;
using Chronicle.Core.Contract;

namespace Chronicle.Core.Tests.Attribution;

public sealed class QuoteListingTests
{
    private static ArticleDto Article(string id, params SpeakerDto[] speakers) => new(
        id, null, "Outlet", null, null, "src", 1, new PublishedDto(null, "unknown", "unknown", null), "text", [], [], [],
        [.. speakers.Select(s => new QuoteDto(0, 4, "text", false, new SpanDto(0, 1, "t"), s, null, [], 0.5))], [], [], []);

    [Fact]
    public void Without_actor_every_quote_is_listed()
    {
        var rows = QuoteListing.Filter([Article("a", new SpeakerDto(null, null, null, null, "X", null)), Article("b", new SpeakerDto(null, null, null, null, null, "a source"))], null);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Actor_matches_name_without_prefix_and_description()
    {
        var articles = new[]
        {
            Article("a", new SpeakerDto(0, 5, "Sudani", null, "Mohammed Shia al-Sudani", null), new SpeakerDto(null, null, null, null, "Tom Bell", null)),
            Article("b", new SpeakerDto(null, null, null, null, null, "a senior Iraqi official")),
        };
        Assert.Equal(["a"], QuoteListing.Filter(articles, "al-sudani").Select(r => r.ArticleId));
        Assert.Equal(["b"], QuoteListing.Filter(articles, "Iraqi official").Select(r => r.ArticleId));
        Assert.Empty(QuoteListing.Filter(articles, "Nobody"));
    }
}
