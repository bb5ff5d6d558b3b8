using Chronicle.Core.Events;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

/// <summary>Sources, targets, places, times and attribution of events.</summary>
public sealed class EventParticipantsTests
{
    [Fact]
    public void Names_before_the_trigger_are_sources_and_after_it_targets()
    {
        var doc = new TestDoc("Lodravia and Kestria accused the Free Highlands Brigade of breaking the truce.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Run();
        var accuse = EventAssert.Single(doc, EventTypes.Accuse, "accused");
        Assert.Equal(["Lodravia", "Kestria"], accuse.Sources);
        Assert.Equal(["Free Highlands Brigade"], accuse.Targets);
    }

    [Fact]
    public void Speakers_are_not_participants_and_a_clause_is_the_scope()
    {
        var doc = new TestDoc("The Harbour Post reported that the brigade attacked Kestria on Monday.")
            .Actor("The Harbour Post", "Harbour Post", ActorKind.Media)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Time("Monday", "2031-03-03")
            .Run();
        var attack = EventAssert.Single(doc, EventTypes.Assault, "attacked");
        Assert.Empty(attack.Sources);
        Assert.Equal(["Kestria"], attack.Targets);
        Assert.Equal("2031-03-03", attack.Time?.Value);
        Assert.False(attack.TimeFromPublication);
    }

    [Fact]
    public void A_subject_described_between_commas_is_the_name_not_the_body_its_description_names()
    {
        var doc = new TestDoc("Mara Lentz, the leader of the Union Party (UP), on Monday urged Kestria to reopen the border.")
            .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person)
            .Actor("Union Party", "Union Party", ActorKind.Organisation)
            .Actor("UP", "Union Party", ActorKind.Organisation)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Time("Monday", "2031-03-03")
            .Run();
        var urge = EventAssert.Single(doc, EventTypes.Request, "urged");
        Assert.Equal(["Mara Lentz"], urge.Sources);
        Assert.Equal(["Kestria"], urge.Targets);
    }

    [Fact]
    public void An_agent_named_after_its_description_is_the_source()
    {
        var doc = new TestDoc("The strike follows the call made in March by the union's former chairman, Tomas Varn.")
            .Actor("Tomas Varn", "Tomas Varn", ActorKind.Person)
            .Time("March", "2031-03")
            .Run();
        var call = EventAssert.Single(doc, EventTypes.Request, "call made");
        Assert.Equal(["Tomas Varn"], call.Sources);
        Assert.Empty(call.Targets);
    }

    [Fact]
    public void A_subject_relative_clause_acts_for_the_name_it_hangs_from()
    {
        var doc = new TestDoc("The letter was read out by a delegation of the Union Party that had visited the prison.")
            .Actor("Union Party", "Union Party", ActorKind.Organisation)
            .Run();
        Assert.Equal(["Union Party"], EventAssert.Single(doc, EventTypes.Consult, "visited").Sources);
    }

    [Fact]
    public void Him_right_after_the_trigger_is_the_person_named_before()
    {
        var doc = new TestDoc("Tomas Varn's letter was read out by a delegation of the Union Party that had visited him in prison.")
            .Actor("Tomas Varn", "Tomas Varn", ActorKind.Person)
            .Actor("Union Party", "Union Party", ActorKind.Organisation)
            .Run();
        var visit = EventAssert.Single(doc, EventTypes.Consult, "visited");
        Assert.Equal(["Union Party"], visit.Sources);
        Assert.Equal(["Tomas Varn"], visit.Targets);
    }

    [Fact]
    public void The_name_between_a_noun_and_its_past_verb_made_it()
    {
        var doc = new TestDoc("The talks follow the truce the Free Highlands Brigade declared in May.")
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Time("May", "2031-05")
            .Run();
        var truce = EventAssert.Single(doc, EventTypes.Agree, "truce");
        Assert.Equal(["Free Highlands Brigade"], truce.Sources);
        Assert.Empty(truce.Targets);
    }

    [Fact]
    public void The_sides_of_a_conflict_between_them_are_its_sources()
    {
        var doc = new TestDoc("The war between Lodravia and Kestria lasted a decade.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.Equal(["Lodravia", "Kestria"], EventAssert.Single(doc, EventTypes.Other, "war between").Sources);
    }

    [Fact]
    public void A_passive_agent_is_the_source()
    {
        var doc = new TestDoc("The convoy was attacked by the Free Highlands Brigade near Tarn.")
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Run();
        var attack = EventAssert.Single(doc, EventTypes.Assault, "attacked");
        Assert.Equal(["Free Highlands Brigade"], attack.Sources);
        Assert.Equal("Tarn", attack.Place);
    }

    [Fact]
    public void A_pronoun_subject_borrows_the_names_of_the_main_clause()
    {
        var doc = new TestDoc("Officials from Lodravia and Kestria confirmed that their governments have reached an agreement.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.Equal(["Lodravia", "Kestria"], EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
    }

    [Fact]
    public void Both_sides_refers_to_the_parties_named_just_before()
    {
        var doc = new TestDoc("Lodravia and Kestria held talks in Ostgard. A statement said both sides agreed to reopen the border.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.Equal(["Lodravia", "Kestria"], EventAssert.Single(doc, EventTypes.Agree, "agreed").Sources);
    }

    [Theory]
    [InlineData("A drone strike hit a depot at Varn airbase in Tarn province.", "Varn")]
    [InlineData("Artillery struck the market on Lodravia's Tarn province.", "Tarn")]
    [InlineData("Rockets fell on the northern port city of Sella in a rocket attack.", "Sella")]
    [InlineData("Three guards were killed on the Lodravia-Kestria border.", "Lodravia-Kestria border")]
    [InlineData("The envoy flew to Ostgard for talks.", "Ostgard")]
    public void Places_are_read_from_place_phrases(string sentence, string place)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.Contains(doc.Events, e => e.Place == place);
    }

    [Fact]
    public void A_country_coordinated_with_a_place_phrase_is_a_place_not_a_target()
    {
        var doc = new TestDoc("The premier called on major powers to end the war in Tarn and Lodravia.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Run();
        Assert.All(doc.Events, e => Assert.DoesNotContain("Lodravia", e.Targets));
        Assert.Contains(doc.Events, e => e.Place == "Tarn");
    }

    [Theory]
    [InlineData("The factions repeated their commitment to the Unity of Fronts doctrine after the attacks.")]
    [InlineData("The brigade said it attacked the depot under the Camp Halden accords.")]
    public void A_name_before_a_doctrine_or_accord_is_no_place(string sentence)
    {
        var doc = new TestDoc(sentence).Run();
        Assert.All(doc.Events, e => Assert.Null(e.Place));
    }

    [Fact]
    public void A_place_the_actors_layer_resolves_uses_its_name_and_a_capital_keeps_the_city()
    {
        var doc = new TestDoc("The minister flew to Ostgard to meet his counterpart.")
            .Actor("Ostgard", "Kestria", ActorKind.Country)
            .Run();
        var visit = EventAssert.Single(doc, EventTypes.Consult, "flew to");
        Assert.Equal("Ostgard", visit.Place);
        Assert.Equal(["Kestria"], visit.Targets);
    }

    [Fact]
    public void A_later_reference_by_place_gives_the_told_event_its_place()
    {
        var doc = new TestDoc("On Tuesday night a drone dropped explosives on an army depot. Nobody was hurt. Hours after the Tarn attack, the governor appealed for calm.")
            .Time("Tuesday night", "2031-03-04TNI")
            .Actor("Tarn", "Tarn", ActorKind.Place)
            .Run();
        Assert.Equal("Tarn", EventAssert.Single(doc, EventTypes.Assault, "dropped explosives").Place);
    }

    [Fact]
    public void Undated_background_is_not_what_a_place_named_reference_points_at()
    {
        var doc = new TestDoc("Drones have often dropped explosives on army depots. Hours after the Tarn attack, the governor appealed for calm.")
            .Actor("Tarn", "Tarn", ActorKind.Place)
            .Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Assault, "dropped explosives").Place);
    }

    [Fact]
    public void Months_are_not_places()
    {
        var doc = new TestDoc("The brigade withdrew in March.").Time("March", "2031-03").Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Retreat, "withdrew").Place);
    }

    [Fact]
    public void Without_a_date_in_the_sentence_an_event_is_undated_unless_it_is_the_news_of_the_day()
    {
        var doc = new TestDoc("Lodravia and Kestria have agreed to open the border. Years ago the brigade attacked a village.")
            .Published("2031-03-02")
            .Run();
        var agree = EventAssert.Single(doc, EventTypes.Agree, "agreed");
        Assert.Equal("2031-03-02", agree.Time?.Value);
        Assert.True(agree.TimeFromPublication);
        var attack = EventAssert.Single(doc, EventTypes.Assault, "attacked");
        Assert.Null(attack.Time);
        Assert.False(attack.TimeFromPublication);
    }

    [Fact]
    public void The_time_in_the_same_clause_wins()
    {
        var doc = new TestDoc("On Monday the envoy said that the brigade withdrew on Saturday.")
            .Time("Monday", "2031-03-03").Time("Saturday", "2031-03-01").Run();
        Assert.Equal("2031-03-01", EventAssert.Single(doc, EventTypes.Retreat, "withdrew").Time?.Value);
    }

    [Fact]
    public void An_event_inside_a_quote_points_to_it()
    {
        var doc = new TestDoc("Voss said the brigade will hand over the Dalen base.")
            .Quote("the brigade will hand over the Dalen base", "said", "Ilan Voss")
            .Run();
        var retreat = EventAssert.Single(doc, EventTypes.Retreat, "hand over");
        Assert.Equal(0, retreat.QuoteIndex);
        Assert.Equal(Modality.Planned, retreat.Modality);
    }

    [Fact]
    public void Without_an_actors_layer_capitalised_names_stand_in()
    {
        var doc = new TestDoc("The Free Highlands Brigade attacked Kestrian border posts.").Run();
        var attack = EventAssert.Single(doc, EventTypes.Assault, "attacked");
        Assert.Equal(["Free Highlands Brigade"], attack.Sources);
    }
}
