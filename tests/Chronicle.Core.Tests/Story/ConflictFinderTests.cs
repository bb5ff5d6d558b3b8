using Chronicle.Core.Story;

namespace Chronicle.Core.Tests.Story;

public sealed class ConflictFinderTests
{
    [Fact]
    public void Different_troop_numbers_for_the_same_place_and_time_conflict()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-04-02").Claim("About 1,200 troops remain in the valley.", 1200, "troops", "valley", true).Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", "2031-04-10").Claim("Some 2,000 troops remain in the valley.", 2000, "troops", "valley", true).Build());
        var c = Assert.Single(ConflictFinder.Find(state));
        Assert.Equal("number", c.Kind);
    }

    [Theory]
    [InlineData(1250, "2031-04-10")] // within the tolerance of an approximate figure
    [InlineData(2000, "2031-09-10")] // months apart: the number changed, nobody contradicted anybody
    public void Numbers_that_can_both_hold_do_not_conflict(int second, string published)
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-04-02").Claim("About 1,200 troops remain in the valley.", 1200, "troops", "valley", true).Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", published).Claim("Troops in the valley number about so many.", second, "troops", "valley", true).Build());
        Assert.Empty(ConflictFinder.Find(state));
    }
}

public sealed class DenialPairingTests
{
    [Fact]
    public void A_denial_is_set_against_the_report_that_the_same_party_did_it_rather_than_a_plan()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-03-05")
            .Event("Northland began pulling its units out of the valley, the governor said.", "RETREAT", "occurred", ["Northland"], [], "2031")
            .Event("Protests aim to speed up a Northland pullout.", "RETREAT", "planned", ["Northland"], [])
            .Event("Northland said it has no plan to leave the valley.", "REJECT", "denied", ["Northland"], [], negated: true, mode: "retreat")
            .Build());

        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Contains("began pulling", conflict.Sides[0].Sentence, StringComparison.Ordinal);
    }
}
