using Chronicle.Core.Actors.Index;
using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>The corpus-level actor aggregation over articles in contract form. Texts are our own.</summary>
public class ActorIndexTests
{
    private static ArticleDto Article(string id, string? published, string text)
    {
        var mentions = Recognizer.Recognize(text, published is null ? PublicationTime.Unknown : On(published));
        return new ArticleDto(id, "t", "Outlet " + id, null, null, "src/" + id, 1, new PublishedDto(published, "day", "given", null), text,
            [new SentenceDto(0, text.Length, 0)], [],
            [.. mentions.Select(m => new ActorDto(m.Span.Start, m.Span.End, m.Span.Text(text), m.ActorId, m.Name, ContractNames.Of(m.Kind), m.Confidence))],
            [], [], [], []);
    }

    private static readonly ArticleDto[] Corpus =
    [
        Article("b", "2023-02-01", "Kataeb Hezbollah warned Washington. Hadi al-Amiri of the Tigris Council agreed."),
        Article("a", "2021-03-01", "Kata'ib Hezbollah fired rockets. Hadi al-Ameri of the Tigris Council objected."),
        Article("c", null, "Kataib Hezbollah stayed silent."),
    ];

    [Fact]
    public void CountsMentionsArticlesAndFormsOfCuratedActors()
    {
        var index = ActorIndex.Build(Corpus, Catalog);
        var kh = index.Find("Kataib Hezbollah")!;
        Assert.True(kh.Curated);
        Assert.Equal(3, kh.Mentions);
        Assert.Equal(3, kh.Articles);
        Assert.Equal(["Kata'ib Hezbollah", "Kataeb Hezbollah", "Kataib Hezbollah"], kh.Aliases.Select(a => a.Text).Order(StringComparer.Ordinal));
        Assert.Contains("Islamic Resistance in Iraq", kh.MemberOf);
        Assert.Equal("2021-03-01", kh.FirstSeen);
        Assert.Equal("2023-02-01", kh.LastSeen);
    }

    [Fact]
    public void MentionsComeInTimeOrderWithUnknownDatesLast()
    {
        var index = ActorIndex.Build(Corpus, Catalog);
        var rows = index.MentionsOf("kataib-hezbollah");
        Assert.Equal(["a", "b", "c"], rows.Select(r => r.ArticleId));
        Assert.Equal("Kata'ib Hezbollah fired rockets. Hadi al-Ameri of the Tigris Council objected.", rows[0].Sentence);
    }

    [Fact]
    public void UnknownActorsWithSimilarNamesAreOneCluster()
    {
        var index = ActorIndex.Build(Corpus, Catalog);
        var council = index.Find("Tigris Council")!;
        Assert.False(council.Curated);
        Assert.Equal("organisation", council.Kind);
        Assert.Equal(2, council.Mentions);
        Assert.Equal(2, council.Articles);
    }

    [Fact]
    public void CuratedNamesFoundByTheirSpellingVariantsJoinTheCuratedActor()
    {
        var index = ActorIndex.Build(Corpus, Catalog);
        var ameri = index.Find("Hadi al-Amiri")!;
        Assert.Equal("hadi-al-ameri", ameri.Id);
        Assert.Equal(2, ameri.Mentions);
        Assert.Contains(ameri.Roles, r => r.StartsWith("Secretary-General of Badr Organisation", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownIdsJoinACuratedActorWhenTheFileKnowsTheName()
    {
        var article = new ArticleDto("x", null, null, null, null, "x", 1, new PublishedDto(null, "unknown", "unknown", null), "Badr Organization said.",
            [], [], [new ActorDto(0, 18, "Badr Organization", "new:badr organization", "Badr Organization", "unknown", 0.4)], [], [], [], []);
        var index = ActorIndex.Build([article], Catalog);
        Assert.Equal("badr-organisation", Assert.Single(index.Actors).Id);
        Assert.Equal(["new:badr organization"], index.Actors[0].MergedIds);
    }

    [Theory]
    [InlineData("Zubaidi", "Zubaydi", true)]
    [InlineData("Ahmed Zubaidi", "Ahmad Zubaydi", true)]
    [InlineData("Zubaidi", "Zuhairi", false)]
    [InlineData("Ahmed Zubaidi", "Zubaidi", false)]
    public void NameSimilarityIsConservative(string a, string b, bool same) => Assert.Equal(same, NameSimilarity.Same(a, b));
}
