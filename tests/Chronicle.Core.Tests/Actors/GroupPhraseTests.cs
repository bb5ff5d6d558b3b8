using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>A nationality adjective before a group noun: a curated group, the state, or a group of its own.</summary>
public sealed class GroupPhraseTests
{
    [Fact]
    public void A_group_phrase_that_is_a_curated_alias_in_any_case_resolves_to_that_actor()
    {
        const string text = "Officials said the Iraqi resistance fired two drones overnight.";
        var m = At(text, Find(text), "Iraqi resistance");
        Assert.Equal("islamic-resistance-in-iraq", m.ActorId);
    }

    [Theory]
    [InlineData("Turkish militias crossed the river at dawn.", "Turkish militias", "new:turkish militias")]
    [InlineData("Residents said Syrian armed factions shelled the village.", "Syrian armed factions", "new:syrian armed factions")]
    public void A_non_state_group_phrase_is_a_group_of_its_own_with_its_span(string text, string surface, string id)
    {
        var m = At(text, Find(text), surface);
        Assert.Equal(id, m.ActorId);
        Assert.Equal(surface, m.Name);
        Assert.Equal(ActorKind.ArmedGroup, m.Kind);
    }

    [Theory]
    [InlineData("Witnesses said Iranian troops left the border post.", "Iranian troops", "iran")]
    [InlineData("Late on Monday, American negotiators left the hotel.", "American negotiators", "united-states")]
    public void State_agents_name_their_state(string text, string surface, string id)
    {
        var m = At(text, Find(text), surface);
        Assert.Equal(id, m.ActorId);
        Assert.Equal(ActorKind.Government, m.Kind);
    }

    [Theory]
    [InlineData("The militias shelled Iraqi military bases near the river.")]
    [InlineData("A senior Iraqi official spoke to reporters.")]
    public void A_nationality_before_a_modifier_or_one_person_is_no_group(string text)
    {
        Assert.DoesNotContain(Find(text), m => m.ActorId.StartsWith("new:iraqi", StringComparison.Ordinal) || m.Span.Text(text).StartsWith("Iraqi ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_start_of_a_longer_capitalised_name_is_left_to_the_name_rules()
    {
        const string text = "The Syrian Rebels Coordination Office issued a statement.";
        Assert.DoesNotContain(Find(text), m => m.Span.Text(text) == "Syrian Rebels");
    }
}

/// <summary>"the coalition" refers back to the one body named earlier whose name ends so.</summary>
public sealed class HeadNounTests
{
    [Fact]
    public void A_definite_body_noun_is_the_one_body_named_earlier_with_that_head()
    {
        const string text = "The US-led coalition met on Monday. Officials said the coalition's mission would end.";
        var mentions = Find(text);
        var m = At(text, mentions, "coalition");
        Assert.Equal("us-led-coalition", m.ActorId);
    }

    [Fact]
    public void Nothing_when_no_body_or_two_bodies_end_with_the_noun()
    {
        const string none = "Officials said the coalition's mission would end.";
        Assert.DoesNotContain(Find(none), m => m.Span.Text(none) == "coalition");
        const string two = "The Fatah Alliance met the Sadrist Movement and the Coordination Framework. The alliance and the movement agreed.";
        var mentions = Find(two);
        Assert.Equal("fatah-alliance", At(two, mentions, "alliance").ActorId);
        Assert.Equal("sadrist-movement", At(two, mentions, "movement").ActorId);
        const string rivals = "Fighters of the Free Highlands Brigade clashed with the Tarn Valley Brigade. Residents said the brigade withdrew.";
        var found = Find(rivals);
        Assert.Equal(2, found.Count(m => m.Span.Text(rivals).EndsWith("Brigade", StringComparison.Ordinal) && m.Kind == Chronicle.Core.Model.ActorKind.ArmedGroup));
        Assert.DoesNotContain(found, m => m.Span.Text(rivals) == "brigade");
    }

    [Fact]
    public void The_group_is_the_one_armed_group_named_before()
    {
        const string text = "Hamas fighters left the camp on Monday. Later the armed group said its members would return, and the group's leaders agreed.";
        var mentions = Find(text);
        Assert.Equal("hamas", At(text, mentions, "group").ActorId);
        Assert.Equal(2, mentions.Count(m => m.ActorId == "hamas" && m.Span.Text(text) == "group"));
    }

    [Fact]
    public void The_group_is_no_one_when_two_armed_groups_were_named()
    {
        const string text = "Hamas and Hezbollah traded accusations. The group said it had not fired.";
        Assert.DoesNotContain(Find(text), m => m.Span.Text(text) == "group");
    }
}
