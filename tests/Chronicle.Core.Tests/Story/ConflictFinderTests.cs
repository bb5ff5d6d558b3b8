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

    [Fact]
    public void A_deal_told_as_fact_is_shown_before_one_the_report_itself_doubts()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-10")
            .Event("The rebels are skeptical of reports that Northland reached a deal with Southland.", "AGREE", "reported-unconfirmed", ["Northland", "Southland"], [])
            .Event("The Southland premier told a radio station that the two sides reached a deal.", "AGREE", "occurred", ["Southland"], [])
            .Event("The rebels said they do not believe Northland will honour any deal.", "REJECT", "occurred", ["River Front"], [], negated: true, mode: "agree", named: ["Northland", "Southland"])
            .Build());

        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Contains("premier told a radio station", conflict.Sides[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_on_an_action_is_contradicted_by_a_denial_that_names_its_party_in_passing()
    {
        const string Confirmed = "Officials of both countries confirmed on Friday that Northland and Southland reached a deal on the troop pullout.";
        const string Nothing = "A ministry spokesman said Northland has nothing to announce on the pullout.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-03")
            .Event(Confirmed, "AGREE", "occurred", ["Northland", "Southland"], [], "2031-05-02")
            .Event(Confirmed, "RETREAT", "planned", [], [], "2031-05-02")
            .Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", "2031-05-04")
            .Event(Nothing, "REJECT", "denied", ["Defence Ministry"], [], negated: true, mode: "retreat", named: ["Northland"])
            .Build());

        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Equal("assertion-vs-denial", conflict.Kind);
        Assert.Equal(Confirmed, conflict.Sides[0].Sentence);
        Assert.Equal(Nothing, conflict.Sides[^1].Sentence);
    }

    [Fact]
    public void A_denial_that_a_withdrawal_was_requested_meets_an_earlier_demand_for_it_but_not_a_request_for_something_else()
    {
        const string Law = "The Southland assembly passed a law requiring the government to end the presence of Northland troops.";
        const string Other = "Southland urged Northland to stop the border strikes.";
        const string Denial = "Northland's defence ministry stressed that Southland has not formally requested a Northland withdrawal.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2030-03-20")
            .Event(Law, "RETREAT", "demanded", ["Northland"], [], "2030-03")
            .Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Daily Post", "2031-06-01")
            .Event(Other, "REQUEST", "occurred", ["Southland"], ["Northland"], "2031-05")
            .Event(Other, "ASSAULT", "demanded", [], [], "2031-05")
            .Build());
        StoryUpdater.Add(state, new ArticleBuilder("a3", "Evening Star", "2031-06-02")
            .Event(Denial, "REJECT", "denied", ["Defence Ministry"], ["Northland"], negated: true, mode: "request", named: ["Southland", "Northland"])
            .Event(Denial, "RETREAT", "denied", ["Northland"], [])
            .Build());

        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Contains(conflict.Sides, s => s.Sentence == Law);
        Assert.DoesNotContain(conflict.Sides, s => s.Sentence == Other);
        Assert.Equal(Denial, conflict.Sides[^1].Sentence);
    }

    [Fact]
    public void The_assertion_the_writer_sets_right_after_a_denial_is_shown_whatever_its_rank()
    {
        const string First = "Southland's premier called for the departure of Northland troops on Monday.";
        const string Second = "Southland's foreign minister urged Northland to withdraw on Tuesday.";
        const string Denial = "Northland's defence ministry stressed that Southland has not formally requested a Northland withdrawal.";
        const string Law = "The Southland assembly passed a law requiring the government to end the presence of Northland troops.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-06-10")
            .Event(First, "REQUEST", "occurred", ["Southland"], ["Northland"], "2031-06-09")
            .Event(Second, "REQUEST", "occurred", ["Southland"], ["Northland"], "2031-06-10")
            .Event(Denial, "REJECT", "denied", ["Defence Ministry"], ["Northland"], negated: true, mode: "request", named: ["Southland", "Northland"])
            .Event(Law, "RETREAT", "demanded", ["Northland"], [])
            .Build());

        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Contains(conflict.Sides, s => s.Sentence == Law);
        Assert.Contains(conflict.Sides, s => s.Sentence == First);
        Assert.Contains(conflict.Sides, s => s.Sentence == Second);
    }

    [Fact]
    public void A_negation_under_a_condition_denies_nothing()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-03")
            .Event("Northland and Southland reached a deal on the pullout.", "AGREE", "occurred", ["Northland", "Southland"], [], "2031-05")
            .Event("Fighting will resume if Northland does not agree to a pullout, the rebels warned.", "AGREE", "conditional", ["Northland"], [], negated: true)
            .Build());

        Assert.Empty(ConflictFinder.Find(state));
    }

    [Fact]
    public void The_object_of_a_rejection_is_not_a_second_denial()
    {
        const string Rejected = "The militia rejected the outcome of the negotiations between Northland and Southland.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-03")
            .Event("Negotiations between Northland and Southland took place in the capital.", "CONSULT", "occurred", ["Northland", "Southland"], [], "2031-05")
            .Event(Rejected, "REJECT", "occurred", ["Militia"], [])
            .Event(Rejected, "CONSULT", "denied", ["Northland", "Southland"], [])
            .Build());

        Assert.Empty(ConflictFinder.Find(state));
    }

    [Fact]
    public void A_sentence_never_contradicts_itself()
    {
        const string Both = "The source said Friday's news was not a new agreement but part of a deal Northland and Southland reached earlier.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-03")
            .Event(Both, "AGREE", "occurred", ["Northland", "Southland"], [])
            .Event(Both, "REJECT", "denied", ["Northland"], [], negated: true, mode: "agree")
            .Build());

        Assert.Empty(ConflictFinder.Find(state));
    }

    [Fact]
    public void Two_denials_of_one_action_in_one_sentence_are_one_conflict()
    {
        const string Doubt = "We are not convinced by their promises and they will not keep them, the rebel spokesman said of Northland.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-03")
            .Event("Northland and Southland reached a deal on the pullout.", "AGREE", "occurred", ["Northland", "Southland"], [], "2031-04")
            .Event(Doubt, "REJECT", "occurred", ["Rebels"], [], mode: "agree", named: ["Northland"])
            .Event(Doubt, "REJECT", "planned", ["Northland"], [], mode: "agree", named: ["Northland"])
            .Build());

        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Equal(Doubt, conflict.Sides[^1].Sentence);
    }

    [Fact]
    public void A_condition_or_a_possibility_asserts_nothing_a_denial_could_contradict()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-05-03")
            .Event("The fighting will stop if Northland pulls out its troops.", "RETREAT", "conditional", ["Northland"], [], "2031-05")
            .Event("The accord could see Northland troops leave by June.", "RETREAT", "hypothetical", ["Northland"], [], "2031-05")
            .Event("Northland said it does not intend to withdraw.", "REJECT", "denied", ["Northland"], [], negated: true, mode: "retreat")
            .Build());

        Assert.Empty(ConflictFinder.Find(state));
    }
}
