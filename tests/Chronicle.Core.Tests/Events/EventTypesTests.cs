using Chronicle.Core.Events;

namespace Chronicle.Core.Tests.Events;

/// <summary>One sentence of our own per PLOVER type; the README's type table uses the same examples.</summary>
public sealed class EventTypesTests
{
    [Theory]
    [InlineData("The two governments agreed on a prisoner exchange.", EventTypes.Agree, "agreed")]
    [InlineData("The envoy met the rebel commander in the mountains.", EventTypes.Consult, "met")]
    [InlineData("The mayor held talks with the militia leaders.", EventTypes.Consult, "held talks")]
    [InlineData("The president phoned his counterpart; the phone call lasted an hour.", EventTypes.Consult, "phone call")]
    [InlineData("The parliament called for the closure of the foreign bases.", EventTypes.Request, "called for")]
    [InlineData("The council urged the brigade to respect the truce.", EventTypes.Request, "urged")]
    [InlineData("The brigade rejected the proposal outright.", EventTypes.Reject, "rejected")]
    [InlineData("The minister threatened to expel the observers.", EventTypes.Threaten, "threatened")]
    [InlineData("The government accused the brigade of smuggling weapons.", EventTypes.Accuse, "accused")]
    [InlineData("Gunmen ambushed a patrol near the river.", EventTypes.Assault, "ambushed")]
    [InlineData("An airstrike hit the depot at dawn.", EventTypes.Assault, "airstrike")]
    [InlineData("The brigade handed over the hill fort to the army.", EventTypes.Retreat, "handed over")]
    [InlineData("The mission ended its deployment in the valley.", EventTypes.Retreat, "ended its deployment")]
    [InlineData("The army deployed two battalions to the frontier.", EventTypes.Mobilize, "deployed")]
    [InlineData("The union imposed new sanctions on the junta.", EventTypes.Sanction, "imposed new sanctions")]
    [InlineData("Thousands protested outside the ministry.", EventTypes.Protest, "protested")]
    [InlineData("The opposition endorsed the ceasefire plan.", EventTypes.Support, "endorsed")]
    [InlineData("Both sides agreed to form a joint monitoring committee.", EventTypes.Cooperate, "form a joint monitoring committee")]
    [InlineData("The two armies issued a joint statement.", EventTypes.Cooperate, "joint statement")]
    [InlineData("Police arrested three organisers.", EventTypes.Other, "arrested")]
    public void Each_type_has_a_trigger(string sentence, string type, string trigger)
    {
        var doc = new TestDoc(sentence).Run();
        var e = EventAssert.Single(doc, type, trigger);
        Assert.Equal(trigger, e.Trigger.Text(doc.Text));
    }

    [Theory]
    [InlineData("\"We are not convinced by the government's promises,\" the union leader said.", "not convinced by the government's promises")]
    [InlineData("The farmers doubt the minister's pledges on water.", "doubt the minister's pledges")]
    [InlineData("The rebels say the capital will not keep its promises.", "not keep its promises")]
    [InlineData("Observers fear the junta will not honour its commitments.", "not honour its commitments")]
    public void Distrust_of_a_promise_disputes_the_agreement(string sentence, string trigger)
    {
        var doc = new TestDoc(sentence).Run();
        var e = EventAssert.Single(doc, EventTypes.Reject, trigger);
        Assert.Equal("agree", e.Mode);
    }

    [Theory]
    [InlineData("The militia agreed to lay down its arms by the autumn.", "lay down its arms")]
    [InlineData("Rebel units began handing over their weapons to the monitors.", "handing over their weapons")]
    [InlineData("The handover of weapons will take place at three depots.", "handover of weapons")]
    [InlineData("Dozens of guerrillas set fire to their guns in the village square.", "set fire to their guns")]
    [InlineData("The disarmament of the brigade is to follow in stages.", "disarmament")]
    [InlineData("Some fighters refused to surrender their rifles.", "surrender their rifles")]
    public void Giving_up_ones_own_arms_is_a_retreat_told_as_disarming(string sentence, string trigger)
    {
        var doc = new TestDoc(sentence).Run();
        var e = EventAssert.Single(doc, EventTypes.Retreat, trigger);
        Assert.Equal("disarm", e.Mode);
    }

    [Fact]
    public void A_group_that_dissolves_itself_stands_down()
    {
        var doc = new TestDoc("The movement said it had voted to dissolve itself after thirty years.").Run();
        Assert.Equal("disband", EventAssert.Single(doc, EventTypes.Retreat, "dissolve itself").Mode);
    }

    [Theory]
    [InlineData("The rebels will hold a congress next month to decide on the offer.", EventTypes.Consult, "hold a congress")]
    [InlineData("The opposition called the vote \"a historic step towards peace\".", EventTypes.Support, "called the vote \"a historic step")]
    [InlineData("The governor hailed the release of the hostages.", EventTypes.Support, "hailed")]
    [InlineData("The strike follows the call made in March by the union's leader.", EventTypes.Request, "call made")]
    [InlineData("The assembly will set up a commission to rewrite the election law.", EventTypes.Cooperate, "set up a commission")]
    [InlineData("The war between the two provinces lasted a decade.", EventTypes.Other, "war between")]
    public void Other_stories_phrase_these_types_so_too(string sentence, string type, string trigger)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(trigger, EventAssert.Single(doc, type, trigger).Trigger.Text(doc.Text));
    }

    [Fact]
    public void Blockers_keep_short_triggers_from_firing_inside_phrases()
    {
        var doc = new TestDoc("The spokesman gave a press conference on the budget.").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == EventTypes.Request);
    }

    [Theory]
    [InlineData("A drone strike hit the convoy.", "aerial")]
    [InlineData("Militants fired rockets at the airport.", "rocket")]
    [InlineData("The rebels carried out the assassination of a judge.", "assassination")]
    [InlineData("A drone dropped explosives on the camp.", "aerial")]
    [InlineData("The militia bombed the bridge.", "explosives")]
    [InlineData("The group has attacked the garrison on a near-daily basis.", "repeated")]
    public void Assault_mode_is_the_means(string sentence, string mode)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Contains(doc.Events, e => e.Type == EventTypes.Assault && e.Mode == mode);
    }

    [Fact]
    public void Every_type_is_documented_in_the_list()
    {
        var doc = new TestDoc("The two governments agreed on a prisoner exchange.").Run();
        Assert.All(doc.Events, e => Assert.Contains(e.Type, EventTypes.All));
    }
}

public sealed class ReachedDealTests
{
    [Fact]
    public void Reaching_a_deal_with_someone_is_an_agreement_not_dealing_with_them()
    {
        var doc = new TestDoc("Reports said the government had reached a deal with Kestria to reopen the border.")
            .Actor("Kestria", "Kestria", Chronicle.Core.Model.ActorKind.Country).Run();
        Assert.Contains(doc.Events, e => e.Type == EventTypes.Agree && e.Trigger.Text(doc.Text) == "reached a deal");
        var other = new TestDoc("The army will deal with the smugglers.").Run();
        Assert.DoesNotContain(other.Events, e => e.Type == EventTypes.Agree);
    }
}
