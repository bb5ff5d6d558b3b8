using Chronicle.Core.Events;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

/// <summary>Counterfactuals, denials, plans, demands and reports must never come out as facts.</summary>
public sealed class EventModalityTests
{
    [Fact]
    public void A_refusal_to_agree_is_neither_an_agreement_nor_a_withdrawal()
    {
        var doc = new TestDoc("The brigade's negotiators did not agree to withdraw their fighters for free.").Run();
        Assert.Empty(EventAssert.Occurred(doc));
        var agree = EventAssert.Single(doc, EventTypes.Agree, "agree");
        Assert.True(agree.Negated);
        Assert.Equal(Modality.Denied, agree.Modality);
        Assert.Equal(Modality.Denied, EventAssert.Single(doc, EventTypes.Retreat, "withdraw").Modality);
    }

    [Fact]
    public void A_stated_lack_of_intention_is_the_speakers_denial()
    {
        var doc = new TestDoc("Lodravia said that it does not intend to pull out its garrison.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country).Run();
        var reject = Assert.Single(doc.Events);
        Assert.Equal(EventTypes.Reject, reject.Type);
        Assert.Equal("retreat", reject.Mode);
        Assert.Equal(Modality.Denied, reject.Modality);
        Assert.Equal(["Lodravia"], reject.Sources);
    }

    [Theory]
    [InlineData("The two armies are weighing a liaison office that could keep some of their officers in the border town of Tarn after the withdrawal.", "withdrawal", Modality.Planned)]
    [InlineData("Talks on the border will resume before the handover, the envoy said.", "handover", Modality.Planned)]
    [InlineData("Some officers stayed in Tarn after the withdrawal.", "withdrawal", Modality.Occurred)]
    public void An_event_named_as_the_time_of_something_to_come_is_itself_to_come(string sentence, string trigger, Modality expected)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(expected, EventAssert.Single(doc, EventTypes.Retreat, trigger).Modality);
    }

    [Theory]
    [InlineData("The governor said the province will not accept foreign troops on its soil.", false)]
    [InlineData("The town has refused to accept any armed factions in its streets.", false)]
    [InlineData("The brigade accepted the ceasefire terms on Sunday.", true)]
    public void Accepting_troops_or_factions_on_ones_soil_is_no_agreement(string sentence, bool agreement)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(agreement, doc.Events.Any(e => e.Type == EventTypes.Agree || e.Mode == "agree"));
    }

    [Theory]
    [InlineData("The militia denied any involvement in the rocket attack on the base.", Modality.Occurred)]
    [InlineData("The factions deny their connection to these attacks.", Modality.Occurred)]
    [InlineData("The ministry denied the attack on the base.", Modality.Denied)]
    public void Denying_involvement_in_an_attack_does_not_deny_the_attack(string sentence, Modality expected)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(expected, doc.Events.Single(e => e.Type == EventTypes.Assault).Modality);
    }

    [Theory]
    [InlineData("One of the members of the negotiating team spoke on Monday.", false)]
    [InlineData("Their negotiating position hardened overnight.", false)]
    [InlineData("The two sides were negotiating until dawn.", true)]
    public void A_negotiating_team_is_no_negotiation(string sentence, bool talks)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(talks, doc.Events.Any(e => e.Type == EventTypes.Consult));
    }

    [Theory]
    [InlineData("The minister hinted at the impending talks with the brigade.", "CONSULT", "talks", Modality.Planned)]
    [InlineData("The river towns are waiting for the withdrawal of the brigade.", "RETREAT", "withdrawal", Modality.Planned)]
    [InlineData("The joint panel had started the process of scheduling the withdrawal of the brigade.", "RETREAT", "withdrawal", Modality.Planned)]
    [InlineData("The pullout will be carried out according to a timetable agreed between the two sides.", "AGREE", "agreed", Modality.Occurred)]
    [InlineData("The announcement was part of a deal that had been reached during the meetings of the panel.", "CONSULT", "meetings", Modality.Occurred)]
    [InlineData("The mayor urged the army to prevent any attacks on the town.", "ASSAULT", "attacks", Modality.Hypothetical)]
    [InlineData("The two ministers met in Tarn to enhance security cooperation.", "COOPERATE", "cooperation", Modality.Planned)]
    [InlineData("The pace of the talks will depend on the withdrawal of the brigade.", "RETREAT", "withdrawal", Modality.Conditional)]
    [InlineData("Kestria threatened retaliation following the deadly attack on its embassy.", "ASSAULT", "attack", Modality.Occurred)]
    [InlineData("The governor demanded an end to these attacks on the river towns.", "ASSAULT", "attacks", Modality.Occurred)]
    [InlineData("The council called for the cancellation of Kestria's formal request for foreign troops.", "REQUEST", "request", Modality.Occurred)]
    [InlineData("\"Let's agree on a timeframe that is quick,\" the premier said.", "AGREE", "agree", Modality.Demanded)]
    [InlineData("The truce will collapse if ongoing negotiations do not produce a deal.", "CONSULT", "negotiations", Modality.Occurred)]
    [InlineData("The truce will collapse if ongoing Kestria-Lodravia negotiations do not produce a deal.", "CONSULT", "negotiations", Modality.Occurred)]
    public void Aims_awaited_prevented_and_conditioned_events_are_not_facts_and_a_past_reference_is(string sentence, string type, string trigger, Modality expected)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(expected, EventAssert.Single(doc, type, trigger).Modality);
    }

    [Fact]
    public void An_event_dated_after_its_report_has_not_happened_yet()
    {
        var doc = new TestDoc("The ministry confirmed working group meetings with the brigade in the coming days.")
            .Published("2031-05-02")
            .Time("the coming days", "FUTURE_REF")
            .Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Consult, "meetings").Modality);
    }

    [Fact]
    public void A_later_date_that_belongs_to_another_verb_does_not_make_a_plan()
    {
        var doc = new TestDoc("Fighters burned their rifles on Friday, the first disarmament since the group announced in May that it would dissolve.")
            .Published("2031-07-11")
            .Time("Friday", "2031-07-11")
            .Time("May", "2032-05")
            .Run();
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Retreat, "disarmament").Modality);
    }

    [Theory]
    [InlineData("The council held a meeting to discuss the border crossings.")]
    [InlineData("The envoys met to discuss the border crossings.")]
    public void Talks_that_are_a_meetings_purpose_are_the_meeting(string sentence)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Single(doc.Events, e => e.Type == EventTypes.Consult);
    }

    [Theory]
    [InlineData("The pact commits both armies to respond to any external attacks that threaten the valley's security.", false)]
    [InlineData("The violence threatens the fragile truce in Tarn.", false)]
    [InlineData("The brigade threatened to close the border crossings.", true)]
    public void What_a_thing_threatens_it_endangers_only_actors_make_threats(string sentence, bool threat)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(threat, doc.Events.Any(e => e.Type == EventTypes.Threaten));
    }

    [Fact]
    public void Declining_to_discuss_a_deal_denies_the_talk_not_the_deal()
    {
        var doc = new TestDoc("The spokesman declined to discuss any deal at a news conference.").Run();
        Assert.Equal(Modality.Denied, EventAssert.Single(doc, EventTypes.Consult, "discuss").Modality);
        Assert.NotEqual(Modality.Denied, EventAssert.Single(doc, EventTypes.Agree, "deal").Modality);
    }

    [Fact]
    public void Time_limits_for_an_action_make_it_a_plan_like_a_timetable()
    {
        var doc = new TestDoc("Setting time limits for the withdrawal of the brigade would ease the pressure on the mayor.").Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, "withdrawal").Modality);
    }

    [Theory]
    [InlineData("The disarmament of the rest of the militia's two thousand fighters is to follow in stages.", "disarmament")]
    [InlineData("The evacuation is to begin at dawn.", "evacuation")]
    [InlineData("The withdrawal of the last units from the river towns will come next year.", "withdrawal")]
    public void A_noun_whose_verb_after_its_of_phrase_is_to_happen_is_planned(string sentence, string trigger)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, trigger).Modality);
    }

    [Theory]
    [InlineData("The rebels said they were leaving \"of their own free will\" and called on the army to hold its fire.")]
    [InlineData("Against the people's will the council urged the army to hold its fire.")]
    public void Will_as_a_noun_is_not_the_future(string sentence)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Equal(Modality.Occurred, Assert.Single(doc.Events, e => e.Type == EventTypes.Request).Modality);
    }

    [Fact]
    public void A_noun_coordinated_with_a_planned_one_is_planned_too()
    {
        var doc = new TestDoc("A truce would come first, followed by disarmament and a withdrawal of the brigades from the valley.").Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, "disarmament").Modality);
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, "withdrawal").Modality);
    }

    [Fact]
    public void A_noun_whose_of_phrase_is_followed_by_a_past_verb_stays_a_fact()
    {
        var doc = new TestDoc("The withdrawal of the last units from the river towns was completed on Monday.").Run();
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Retreat, "withdrawal").Modality);
    }

    [Fact]
    public void Denying_that_a_deal_is_new_does_not_deny_the_deal()
    {
        var doc = new TestDoc("A ministry source said the truce announced on Monday was not a new agreement but part of the accord signed in March.").Run();
        Assert.Contains(doc.Events, e => e.Type == EventTypes.Agree);
        Assert.DoesNotContain(doc.Events, e => e.Negated || e.Type == EventTypes.Reject);
    }

    [Fact]
    public void Denying_a_final_agreement_still_denies()
    {
        var doc = new TestDoc("The ministry said there was no final agreement on the pullout of the garrison.").Run();
        Assert.Contains(doc.Events, e => e.Negated || e.Modality == Modality.Denied);
    }

    [Fact]
    public void A_negation_inside_a_condition_is_not_a_refusal()
    {
        var doc = new TestDoc("The rebels warned that fighting will resume if the talks do not produce a pullout of the garrison.").Run();
        Assert.DoesNotContain(doc.Events, e => e.Type == EventTypes.Reject);
    }

    [Fact]
    public void A_negation_stays_in_its_own_conjunct()
    {
        var doc = new TestDoc("The mayor wants a quick deal so that the soldiers don't stay long and the raids on the market stop.").Run();
        Assert.False(EventAssert.Single(doc, EventTypes.Assault, "raids").Negated);
    }

    [Fact]
    public void What_a_law_requires_is_demanded()
    {
        var doc = new TestDoc("The assembly passed a law requiring the cabinet to end the presence of the foreign garrison.").Run();
        Assert.Equal(Modality.Demanded, EventAssert.Single(doc, EventTypes.Retreat, "end the presence").Modality);
    }

    [Fact]
    public void Could_makes_an_event_hypothetical()
    {
        var doc = new TestDoc("The accord could see the last units withdraw from the valley next year.").Run();
        Assert.Equal(Modality.Hypothetical, EventAssert.Single(doc, EventTypes.Retreat, "withdraw").Modality);
    }

    [Fact]
    public void What_a_demand_asks_for_is_demanded_and_the_demand_itself_occurred()
    {
        var doc = new TestDoc("Farmers in the valley demand that the foreign units leave their land.").Run();
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Request, "demand").Modality);
        Assert.Equal(Modality.Demanded, EventAssert.Single(doc, EventTypes.Retreat, "leave").Modality);
    }

    [Fact]
    public void Wanting_something_is_a_demand()
    {
        var doc = new TestDoc("Kestria wants a swift departure of the brigade.").Actor("Kestria", "Kestria", ActorKind.Country).Run();
        var request = EventAssert.Single(doc, EventTypes.Request, "wants");
        Assert.Equal(Modality.Demanded, request.Modality);
        Assert.Equal(["Kestria"], request.Sources);
        Assert.Equal(Modality.Demanded, EventAssert.Single(doc, EventTypes.Retreat, "departure").Modality);
    }

    [Fact]
    public void Will_and_nouns_followed_by_will_are_planned()
    {
        var doc = new TestDoc("The two delegations will meet next month. A second meeting will be held in Port Sella.").Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Consult, "meet").Modality);
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Consult, "meeting").Modality);
    }

    [Fact]
    public void A_condition_makes_the_consequence_conditional()
    {
        var doc = new TestDoc("The commander said the brigade will resume its attacks if the prisoners are not freed.").Run();
        Assert.NotEqual(Modality.Occurred, EventAssert.Single(doc, EventTypes.Assault, "attacks").Modality);
        var unless = new TestDoc("Unless the talks succeed, the army will attack the ridge.").Run();
        Assert.Equal(Modality.Conditional, EventAssert.Single(unless, EventTypes.Assault, "attack").Modality);
    }

    [Fact]
    public void What_is_threatened_is_conditional_but_the_threat_occurred()
    {
        var doc = new TestDoc("Kestria rejected the plan and threatened to impose sanctions on the brigade.").Run();
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Reject, "rejected").Modality);
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Threaten, "threatened").Modality);
        Assert.Equal(Modality.Conditional, EventAssert.Single(doc, EventTypes.Sanction, "impose sanctions").Modality);
    }

    [Fact]
    public void Unconfirmed_reports_and_claims_are_reported_unconfirmed()
    {
        var doc = new TestDoc("The rebels reportedly attacked a checkpoint overnight.").Run();
        Assert.Equal(Modality.ReportedUnconfirmed, EventAssert.Single(doc, EventTypes.Assault, "attacked").Modality);
        var claimed = new TestDoc("A splinter group claimed that it had shelled the airport.").Run();
        Assert.Equal(Modality.ReportedUnconfirmed, EventAssert.Single(claimed, EventTypes.Assault, "shelled").Modality);
    }

    [Fact]
    public void A_governor_does_not_reach_past_another_verb()
    {
        var doc = new TestDoc("A commission set up to discuss the pullout has reached an agreement on prisoners.").Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, "pullout").Modality);
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Agree, "agreement").Modality);
    }

    [Fact]
    public void A_plain_past_event_occurred()
    {
        var doc = new TestDoc("The army withdrew from the Dalen base on Tuesday.").Run();
        var retreat = EventAssert.Single(doc, EventTypes.Retreat, "withdrew");
        Assert.Equal(Modality.Occurred, retreat.Modality);
        Assert.False(retreat.Negated);
    }

    [Fact]
    public void A_denial_verb_denies_what_follows()
    {
        var doc = new TestDoc("The air force denied carrying out the strike on the convoy.").Run();
        Assert.Equal(Modality.Denied, EventAssert.Single(doc, EventTypes.Assault, "strike").Modality);
    }
}

/// <summary>A governing noun passes its modality to its complement only.</summary>
public sealed class NounGovernorTests
{
    [Fact]
    public void A_governing_noun_that_is_a_subject_governs_nothing_after_its_verb()
    {
        var doc = new TestDoc("The agreement follows months of talks in Ostgard.").Run();
        Assert.Equal(Modality.Occurred, EventAssert.Single(doc, EventTypes.Consult, "talks").Modality);
    }

    [Fact]
    public void A_governing_noun_reaches_its_complement()
    {
        var doc = new TestDoc("The agreement to withdraw the brigade was signed in Ostgard.").Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, "withdraw").Modality);
    }
}

public sealed class IntentionAndCallTests
{
    [Fact]
    public void Being_determined_to_act_is_a_plan()
    {
        var doc = new TestDoc("The council was determined to withdraw the observers.").Run();
        Assert.Equal(Modality.Planned, EventAssert.Single(doc, EventTypes.Retreat, "withdraw").Modality);
    }

    [Fact]
    public void Calls_from_someone_for_a_withdrawal_are_their_request_and_the_withdrawal_is_demanded()
    {
        var doc = new TestDoc("After a raid on a Tarn Front camp, calls from the Lodravian government for the withdrawal of Kestrian forces grew.")
            .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
            .Actor("Lodravian government", "Lodravia", ActorKind.Government)
            .Actor("Kestrian forces", "Kestria", ActorKind.Government)
            .Run();
        var call = EventAssert.Single(doc, EventTypes.Request, "calls from the Lodravian government for");
        Assert.Equal(["Lodravia"], call.Sources);
        Assert.Equal(Modality.Demanded, EventAssert.Single(doc, EventTypes.Retreat, "withdrawal").Modality);
    }
}
