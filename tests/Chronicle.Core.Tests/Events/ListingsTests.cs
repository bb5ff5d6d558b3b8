using Chronicle.Core.Contract;
using Chronicle.Core.Events.Query;

namespace Chronicle.Core.Tests.Events;

public sealed class ListingsTests
{
    private static ArticleDto Stored(string text, string published) =>
        ContractMapper.ToDto(new TestDoc(text).Published(published)
            .Actors("Kestria", "Kestria", Model.ActorKind.Country)
            .Actors("Lodravia", "Lodravia", Model.ActorKind.Country)
            .Time("May 2031", "2031-05")
            .Run());

    private static readonly ArticleDto[] Articles =
    [
        Stored("Lodravia attacked a depot in May 2031. Kestria and Lodravia held talks. Around 300 fighters left.", "2031-06-01"),
        Stored("Kestria rejected the offer. Lodravia will withdraw 500 soldiers by May 2031.", "2031-01-10"),
    ];

    [Fact]
    public void Events_filter_by_type_and_actor_and_sort_by_date_then_publication()
    {
        var all = Listings.Events(Articles);
        Assert.Equal("2031-05", all[0].Event.Time?.Value);
        Assert.All(Listings.Events(Articles, type: "consult"), r => Assert.Equal("CONSULT", r.Event.Type));
        var kestria = Listings.Events(Articles, actor: "kest");
        Assert.NotEmpty(kestria);
        Assert.All(kestria, r => Assert.Contains("Kestria", r.Event.Sources.Concat(r.Event.Targets)));
        Assert.Empty(Listings.Events(Articles, type: "PROTEST"));
        Assert.Contains("attacked", Listings.Events(Articles, type: "ASSAULT")[0].From.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_and_commitments_keep_their_article()
    {
        var claims = Listings.Claims(Articles);
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Claim.Quantity == 300 && c.From.Published == "2031-06-01");
        var commitment = Assert.Single(Listings.Commitments(Articles));
        Assert.Equal("2031-01-10", commitment.From.Published);
        Assert.Equal("RETREAT", commitment.Commitment.Action);
    }
}
