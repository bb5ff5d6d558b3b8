using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Events.Evaluation;

namespace Chronicle.Core.Tests.Events;

/// <summary>How the evaluation compares a gold actor name with ours.</summary>
public sealed class GoldMatchingTests
{
    private static readonly ActorCatalog Catalog = ActorCatalog.LoadDefault();

    private static string? SameActor(string name) => Catalog.Find(name)?.Id;

    [Fact]
    public void A_gold_name_that_our_actor_file_lists_as_an_alias_matches_our_canonical_name()
    {
        // Our file: "Iraqi parliament" is an alias of the Council of Representatives of Iraq.
        Assert.True(GoldMatching.NameMatches("Iraqi parliament", ["Council of Representatives of Iraq"], [], SameActor));
        Assert.False(GoldMatching.NameMatches("Iraqi parliament", ["Council of Representatives of Iraq"], []));
    }

    [Fact]
    public void A_transliteration_variant_of_a_curated_name_matches()
    {
        Assert.True(GoldMatching.NameMatches("Abdel Latif Rashid", ["Abdul Latif Rashid"], [], SameActor));
    }

    [Fact]
    public void A_coalition_or_member_is_not_the_actor_it_contains()
    {
        Assert.False(GoldMatching.NameMatches("United States", ["US-led coalition"], [], SameActor));
        Assert.False(GoldMatching.NameMatches("Iraq", ["Council of Representatives of Iraq"], [], SameActor));
    }

    [Fact]
    public void Names_outside_the_actor_file_only_match_by_their_gold_forms()
    {
        Assert.False(GoldMatching.NameMatches("Mara Lentz", ["Lentz Foundation"], [], SameActor));
        Assert.True(GoldMatching.NameMatches("Mara Lentz", ["Prime Minister Mara Lentz"], [], SameActor));
    }

    [Theory]
    [InlineData("planned", "announced", true)]
    [InlineData("planned", "proposed", true)]
    [InlineData("planned", "met", false)]
    public void A_planned_gold_state_admits_a_plan_announced_or_proposed(string gold, string ours, bool matches) =>
        Assert.Equal(matches, GoldMatching.StateMatches(gold, ours));
}
