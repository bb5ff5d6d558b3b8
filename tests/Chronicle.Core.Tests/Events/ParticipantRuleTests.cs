using Chronicle.Core.Events;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

/// <summary>Participant rules that reach beyond the names next to the trigger.</summary>
public sealed class ParticipantRuleTests
{
    [Fact]
    public void Nationalities_named_before_their_countries_are_the_parties()
    {
        var doc = new TestDoc("Several Canadian and Norwegian diplomats said on Tuesday that their countries have reached an agreement on fishing quotas.")
            .Actor("Tuesday", "Tuesday", ActorKind.Unknown)
            .Run();
        Assert.Equal(["Canada", "Norway"], EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
    }

    [Fact]
    public void One_nationality_is_not_a_pair()
    {
        var doc = new TestDoc("A Canadian official told Kestria that their countries have reached an agreement.")
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.DoesNotContain("Canada", EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
    }

    [Fact]
    public void The_speaker_of_a_sentence_opened_by_a_meeting_took_part_in_it()
    {
        var doc = new TestDoc("During talks with Ilan Voss, Mara Lentz said the truce would hold.")
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person)
            .Run();
        var talks = EventAssert.Single(doc, EventTypes.Consult, "talks");
        Assert.Equal(["Mara Lentz"], talks.Sources);
        Assert.Equal(["Ilan Voss"], talks.Targets);
    }

    [Fact]
    public void A_speaker_after_talks_that_do_not_open_the_sentence_is_not_a_participant()
    {
        var doc = new TestDoc("After talks with Ilan Voss ended, Mara Lentz said the truce would hold.")
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person)
            .Run();
        Assert.DoesNotContain("Mara Lentz", EventAssert.Single(doc, EventTypes.Consult, "talks").Sources);
    }

    [Theory]
    [InlineData("The Free Highlands Brigade attacked a depot housing Canadian troops near Tarn.")]
    [InlineData("The Free Highlands Brigade attacked a convoy carrying four Canadian personnel.")]
    public void The_nationality_of_the_forces_hit_is_the_target(string sentence)
    {
        var doc = new TestDoc(sentence).Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup).Run();
        Assert.Equal(["Canada"], EventAssert.Single(doc, EventTypes.Assault, "attacked").Targets);
    }

    [Fact]
    public void A_nationality_of_the_town_hit_is_the_target()
    {
        var doc = new TestDoc("The Free Highlands Brigade attacked the Canadian border town of Merrow.")
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup).Run();
        Assert.Equal(["Canada"], EventAssert.Single(doc, EventTypes.Assault, "attacked").Targets);
    }

    [Fact]
    public void A_pair_reference_deep_in_the_subject_names_the_parties_named_before()
    {
        var doc = new TestDoc("Lodravia and Kestria held talks in Ostgard. A joint panel set up by the two sides last spring to review the border crossings has reached an agreement.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.Equal(["Lodravia", "Kestria"], EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
    }

    [Fact]
    public void An_agent_pair_deep_in_the_subject_takes_the_nationalities_of_the_sentence()
    {
        var doc = new TestDoc("The Canadian envoy said a fisheries board created by both governments last year to settle Norwegian quota claims has reached an agreement.")
            .Actor("envoy", "envoy", ActorKind.Person)
            .Run();
        Assert.Equal(["Canada", "Norway"], EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
    }

    [Fact]
    public void A_pair_far_before_the_trigger_without_by_is_not_the_source()
    {
        var doc = new TestDoc("Lodravia and Kestria held talks in Ostgard. Months after the two sides met, a joint panel chaired by an outside judge said it had reached an agreement.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.Empty(EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
    }

    [Fact]
    public void A_comma_ending_an_opening_phrase_does_not_list_its_name_with_the_subject()
    {
        var doc = new TestDoc("After the death of Ilan Voss, the Kestrian council voted to expel the Free Highlands Brigade.")
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Kestrian council", "Kestrian council", ActorKind.Government)
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Run();
        Assert.Equal(["Kestrian council"], EventAssert.Single(doc, EventTypes.Other, "expel").Sources);
    }

    [Fact]
    public void A_comma_list_closed_by_and_is_one_subject()
    {
        var doc = new TestDoc("Lodravia, Kestria and Ostgard accused the Free Highlands Brigade of breaking the truce.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Actor("Ostgard", "Ostgard", ActorKind.Country)
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Run();
        Assert.Equal(["Lodravia", "Kestria", "Ostgard"], EventAssert.Single(doc, EventTypes.Accuse, "accused").Sources);
    }

    [Fact]
    public void A_nationality_without_forces_is_not_a_target()
    {
        var doc = new TestDoc("The Free Highlands Brigade attacked a Canadian restaurant near Tarn.")
            .Actor("Free Highlands Brigade", "Free Highlands Brigade", ActorKind.ArmedGroup).Run();
        Assert.DoesNotContain("Canada", EventAssert.Single(doc, EventTypes.Assault, "attacked").Targets);
    }
}

/// <summary>Names that sit in a prepositional phrase or a list of speakers are not an event's subject.</summary>
public sealed class SubjectPositionTests
{
    [Fact]
    public void The_object_of_a_preposition_before_the_trigger_is_no_source()
    {
        var doc = new TestDoc("The strikes come in solidarity with the Tarn Front and aim to hasten the withdrawal of Kestrian forces.")
            .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
            .Actor("Kestrian forces", "Kestria", ActorKind.Government)
            .Run();
        Assert.Equal(["Kestria"], EventAssert.Single(doc, EventTypes.Retreat, "withdrawal").Sources);
    }

    [Fact]
    public void A_name_right_before_the_trigger_still_acts_after_a_preposition()
    {
        var doc = new TestDoc("Tension peaked with the Kestrian assassination of Ilan Voss.")
            .Actor("Kestrian", "Kestria", ActorKind.Country)
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Run();
        Assert.Equal(["Kestria"], EventAssert.Single(doc, EventTypes.Assault, "assassination").Sources);
    }

    [Fact]
    public void The_first_name_of_a_list_of_speakers_is_a_speaker_too()
    {
        var doc = new TestDoc("The raids on the depots will go on, Kestrian officials and brigade commanders told reporters.")
            .Actor("Kestrian officials", "Kestria", ActorKind.Government)
            .Run();
        var raids = EventAssert.Single(doc, EventTypes.Assault, "raids");
        Assert.DoesNotContain("Kestria", raids.Sources.Concat(raids.Targets));
    }
}

/// <summary>Talks started by someone, and the passive agent's reach.</summary>
public sealed class InitiatorTests
{
    [Fact]
    public void Whoever_initiated_talks_takes_part_in_them_when_they_did()
    {
        var doc = new TestDoc("The truce follows weeks of talks between Lodravia and Kestria, initiated by Prime Minister Mara Lentz in March.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person)
            .Time("March", "2031-03").Time("weeks", "PXW", type: TimexType.Duration)
            .Run();
        var talks = doc.Events.Single(e => e.Type == EventTypes.Consult);
        Assert.EndsWith("initiated by", talks.Trigger.Text(doc.Text), StringComparison.Ordinal);
        Assert.Equal(["Mara Lentz"], talks.Sources);
        Assert.Contains("Kestria", talks.Targets);
        Assert.Equal("2031-03", talks.Time?.Value);
        Assert.Equal(Modality.Occurred, talks.Modality);
    }

    [Fact]
    public void A_by_far_after_the_trigger_is_no_passive_agent()
    {
        var doc = new TestDoc("The deal still needs approval, and it was later praised by Prime Minister Mara Lentz.")
            .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person)
            .Run();
        Assert.DoesNotContain("Mara Lentz", EventAssert.Single(doc, EventTypes.Agree, "deal").Sources);
    }
}

/// <summary>Who an attack hits when the object names posts and people.</summary>
public sealed class AttackTargetTests
{
    private static TestDoc Killing(string text) => new TestDoc(text)
        .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
        .Actor("Kestrian Guard", "Kestrian Guard", ActorKind.Organisation)
        .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
        .Actor("Lodravia", "Lodravia", ActorKind.Country)
        .Actor("Border Corps", "Border Corps", ActorKind.Organisation)
        .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person);

    [Fact]
    public void The_people_of_an_attack_come_before_the_bodies_that_name_their_posts()
    {
        var doc = Killing("The Tarn Front claimed the assassination of the head of the Kestrian Guard, Ilan Voss, and the deputy commander of Lodravia's Border Corps, Mara Lentz, in May.").Run();
        var killing = EventAssert.Single(doc, EventTypes.Assault, "assassination");
        Assert.Equal("Ilan Voss", killing.Targets[0]);
        Assert.Equal("Mara Lentz", killing.Targets[1]);
    }

    [Fact]
    public void A_backed_modifier_between_by_and_the_agent_keeps_the_agent_the_source()
    {
        var doc = new TestDoc("The talks began in May, pressed by Mayor Ilan Voss amid attacks by Lodravia-backed Tarn Front fighters on Kestrian posts.")
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
            .Run();
        var attacks = EventAssert.Single(doc, EventTypes.Assault, "attacks");
        Assert.Equal(["Tarn Front"], attacks.Sources);
        Assert.DoesNotContain("Lodravia", attacks.Targets);
        Assert.DoesNotContain("Tarn Front", EventAssert.Single(doc, EventTypes.Consult, "talks").Targets); // "amid …" tells circumstances
    }

    [Fact]
    public void What_an_attack_responds_to_names_no_target_of_it()
    {
        var doc = new TestDoc("Lodravia ordered airstrikes on Tarn Front depots in response to the killing of three Canadian soldiers.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
            .Run();
        var strikes = EventAssert.Single(doc, EventTypes.Assault, "airstrikes");
        Assert.Equal(["Lodravia"], strikes.Sources);
        Assert.DoesNotContain("Canada", strikes.Targets);
    }

    [Fact]
    public void The_by_of_a_participle_after_the_trigger_names_no_agent_of_it()
    {
        var doc = new TestDoc("Lodravia announced the formation of a border committee headed by Ilan Voss.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Run();
        Assert.DoesNotContain("Ilan Voss", Assert.Single(doc.Events, e => e.Type == EventTypes.Cooperate).Sources);
    }

    [Fact]
    public void Attacks_that_are_the_means_of_a_targeting_have_its_source_and_hit_what_it_targeted()
    {
        var doc = new TestDoc("The Tarn Front has targeted Border Corps posts with attacks that often kill civilians.")
            .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
            .Actor("Border Corps", "Border Corps", ActorKind.Organisation)
            .Run();
        var attacks = EventAssert.Single(doc, EventTypes.Assault, "attacks");
        Assert.Equal(["Tarn Front"], attacks.Sources);
        Assert.Contains("Border Corps", attacks.Targets);
    }

    [Theory]
    [InlineData("The mayor urged Lodravia to prevent any attacks on the town.", "attacks")]
    [InlineData("The mayor urged Lodravia to act swiftly to prevent such attacks.", "attacks")]
    [InlineData("Lodravia threatened the Tarn Front with retaliation following the assassination of Ilan Voss.", "assassination")]
    public void Names_before_a_prevented_event_or_a_past_reference_point_are_not_its_source(string sentence, string trigger)
    {
        var doc = new TestDoc(sentence).Actor("Lodravia", "Lodravia", ActorKind.Country);
        if (sentence.Contains("Tarn Front", StringComparison.Ordinal))
        {
            doc = doc.Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup).Actor("Ilan Voss", "Ilan Voss", ActorKind.Person);
        }

        var e = EventAssert.Single(doc.Run(), EventTypes.Assault, trigger);
        Assert.DoesNotContain("Lodravia", e.Sources);
        Assert.DoesNotContain("Tarn Front", e.Sources);
    }

    [Fact]
    public void A_sentence_opening_he_is_the_person_named_last_before_it()
    {
        var doc = new TestDoc("Ilan Voss met the brigade commanders in Tarn. He demanded an end to the shelling of the river towns.")
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Run();
        Assert.Equal(["Ilan Voss"], EventAssert.Single(doc, EventTypes.Request, "demanded").Sources);
    }

    [Fact]
    public void An_actor_named_on_both_sides_is_the_source_only()
    {
        var doc = new TestDoc("Ilan Voss seeks to restrain the factions, a member of Ilan Voss's team said.")
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person, occurrence: 1)
            .Run();
        var e = Assert.Single(doc.Events, e => e.Sources.Contains("Ilan Voss"));
        Assert.DoesNotContain("Ilan Voss", e.Targets);
    }

    [Fact]
    public void A_following_clause_with_its_own_verb_is_no_object()
    {
        var doc = new TestDoc("The Tarn Front claimed the assassination of Ilan Voss, and the Kestrian Guard arrested Mara Lentz.")
            .Actor("Tarn Front", "Tarn Front", ActorKind.ArmedGroup)
            .Actor("Kestrian Guard", "Kestrian Guard", ActorKind.Organisation)
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Mara Lentz", "Mara Lentz", ActorKind.Person)
            .Run();
        Assert.DoesNotContain("Mara Lentz", EventAssert.Single(doc, EventTypes.Assault, "assassination").Targets);
    }
}

/// <summary>"the deal" refers back to the deal just told.</summary>
public sealed class DefiniteAntecedentTests
{
    [Fact]
    public void A_definite_agreement_without_names_takes_the_parties_of_the_same_agreement_just_told()
    {
        var doc = new TestDoc("Lodravia reached a deal with Kestria to reopen the border. The Harbour Post reported the deal on Monday.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Actor("The Harbour Post", "Harbour Post", ActorKind.Media)
            .Run();
        var second = doc.Events.Where(e => e.Type == EventTypes.Agree).Last();
        Assert.Equal("deal", second.Trigger.Text(doc.Text));
        Assert.Equal(["Lodravia", "Kestria"], second.Sources);
    }

    [Fact]
    public void Another_head_noun_or_an_indefinite_mention_borrows_nothing()
    {
        var doc = new TestDoc("Lodravia reached a deal with Kestria to reopen the border. The agreement was praised. A deal may follow.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Run();
        Assert.Empty(EventAssert.Single(doc, EventTypes.Agree, "agreement").Sources);
        Assert.Empty(doc.Events.Where(e => e.Type == EventTypes.Agree).Last().Sources);
    }
}

/// <summary>A body led by a state answers through it.</summary>
public sealed class LedBodyTests
{
    [Fact]
    public void A_demand_on_a_body_led_by_a_state_the_article_names_is_aimed_at_that_state_too()
    {
        var doc = new TestDoc("Kestria sent more jets. On Monday the premier demanded the departure of the Kestria-led alliance.")
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Actor("premier", "Ona Ferell", ActorKind.Person)
            .Actor("Kestria-led alliance", "Kestria-led alliance", ActorKind.Organisation)
            .Run();
        Assert.Equal(["Kestria-led alliance", "Kestria"], EventAssert.Single(doc, EventTypes.Request, "demanded").Targets);
    }

    [Fact]
    public void A_led_body_whose_leader_the_article_never_names_alone_keeps_its_targets()
    {
        var doc = new TestDoc("On Monday the premier demanded the departure of the Kestria-led alliance.")
            .Actor("premier", "Ona Ferell", ActorKind.Person)
            .Actor("Kestria-led alliance", "Kestria-led alliance", ActorKind.Organisation)
            .Run();
        Assert.Equal(["Kestria-led alliance"], EventAssert.Single(doc, EventTypes.Request, "demanded").Targets);
    }
}

/// <summary>A statement summed up, then quoted: the quote's reporting clause says where it was made.</summary>
public sealed class SpeechPlaceTests
{
    [Fact]
    public void A_statement_summed_up_then_quoted_takes_the_place_of_the_quote()
    {
        var doc = new TestDoc("On Monday Ona Ferell repeated her demand for the monitors' exit. \"Their mandate is over,\" Ferell said at a summit in Oslo.")
            .Actor("Ona Ferell", "Ona Ferell", ActorKind.Person)
            .Actor("Ferell", "Ona Ferell", ActorKind.Person, occurrence: 1)
            .Actor("Oslo", "Oslo", ActorKind.Place)
            .DirectQuote("Their mandate is over,", "said", "Ona Ferell")
            .Run();
        Assert.Equal("Oslo", EventAssert.Single(doc, EventTypes.Request, "demand").Place);
    }

    [Fact]
    public void A_quote_by_someone_else_gives_no_place_to_the_statement_before()
    {
        var doc = new TestDoc("On Monday Ona Ferell repeated her demand for the monitors' exit. \"Their mandate is over,\" Ilan Voss said at a summit in Oslo.")
            .Actor("Ona Ferell", "Ona Ferell", ActorKind.Person)
            .Actor("Ilan Voss", "Ilan Voss", ActorKind.Person)
            .Actor("Oslo", "Oslo", ActorKind.Place)
            .DirectQuote("Their mandate is over,", "said", "Ilan Voss")
            .Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Request, "demand").Place);
    }

    [Fact]
    public void A_quote_running_over_two_sentences_gives_the_place_of_its_reporting_clause()
    {
        var doc = new TestDoc("On Monday Ona Ferell repeated her demand for the monitors' exit. \"Their mandate is over. They must go home,\" Ferell said at a summit in Oslo.")
            .Actor("Ona Ferell", "Ona Ferell", ActorKind.Person)
            .Actor("Ferell", "Ona Ferell", ActorKind.Person, occurrence: 1)
            .Actor("Oslo", "Oslo", ActorKind.Place)
            .DirectQuote("Their mandate is over. They must go home,", "said", "Ona Ferell")
            .Run();
        Assert.Equal("Oslo", EventAssert.Single(doc, EventTypes.Request, "demand").Place);
    }
}
