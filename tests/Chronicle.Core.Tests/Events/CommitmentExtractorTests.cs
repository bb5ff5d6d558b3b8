using Chronicle.Core.Events;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

public sealed class CommitmentExtractorTests
{
    private const string Phased =
        "The brigade will pull 400 fighters out of Tarn by the end of April, with the remaining units leaving by June 2031, the commander said.";

    private static AnnotatedArticle PhasedDoc(string text = Phased) => new TestDoc(text)
        .Actor("brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
        .Time("the end of April", "2031-04", TimexMod.End)
        .Time("June 2031", "2031-06")
        .Run();

    [Fact]
    public void Two_deadlines_make_one_commitment_with_two_phases()
    {
        var c = Assert.Single(PhasedDoc().Commitments);
        Assert.Equal(EventTypes.Retreat, c.Action);
        Assert.Equal(["Free Highlands Brigade"], c.Who);
        Assert.Equal(2, c.Phases.Count);
        Assert.Equal(new TimeValue("2031-04", TimexMod.End), c.Phases[0].Deadline);
        Assert.Equal(new TimeValue("2031-06", TimexMod.OnOrBefore), c.Phases[1].Deadline);
        Assert.Equal(c.Phases[1].Deadline, c.Deadline);
        Assert.Equal("the remaining units leaving", c.Phases[1].What);
        Assert.Equal("the commander", c.ClaimedBy);
    }

    [Fact]
    public void Conditions_split_at_as_well_as_and_can_follow_in_the_next_sentence()
    {
        var doc = PhasedDoc(Phased + " The pace depends on the release of prisoners, as well as guarantees of safe passage.");
        var c = Assert.Single(doc.Commitments);
        Assert.Equal(["release of prisoners", "guarantees of safe passage"], c.Conditions);
    }

    [Theory]
    [InlineData("The plan, agreed in principle, would see the units leave by June 2031.", CommitmentState.AgreedInPrinciple)]
    [InlineData("Kestria demands that the units leave by June 2031.", CommitmentState.Demanded)]
    [InlineData("The brigade has agreed to withdraw its units by June 2031.", CommitmentState.Agreed)]
    [InlineData("The government announced that the army will withdraw by June 2031.", CommitmentState.Announced)]
    [InlineData("A timetable is being drafted to withdraw the units by June 2031.", CommitmentState.Proposed)]
    public void The_state_is_read_from_the_wording(string sentence, CommitmentState state)
    {
        var doc = new TestDoc(sentence).Time("June 2031", "2031-06").Run();
        Assert.Equal(state, Assert.Single(doc.Commitments).State);
    }

    [Theory]
    [InlineData("The monitors said they expected the handover of weapons to begin within three months.", "three months", "P3M", "2031-07-14")]
    [InlineData("The rebels will withdraw within the next 30 days, the envoy said.", "30 days", "P30D", "2031-05-14")]
    [InlineData("The truce agreed on 2 March requires the brigade to disarm itself within two weeks.", "two weeks", "P2W", "2031-03-16", "2 March")]
    public void A_span_after_within_counts_from_the_day_of_the_sentence(string sentence, string span, string duration, string deadline, string? day = null)
    {
        var given = new TestDoc(sentence).Published("2031-04-14").Time(span, duration, type: TimexType.Duration);
        var doc = (day is null ? given : given.Time(day, "2031-03-02")).Run();
        var c = Assert.Single(doc.Commitments);
        Assert.Equal(new TimeValue(deadline, TimexMod.OnOrBefore), c.Deadline);
    }

    [Fact]
    public void A_vague_span_after_within_is_no_deadline()
    {
        var doc = new TestDoc("The brigade is expected to disarm itself within weeks.").Published("2031-04-14")
            .Time("weeks", "PXW", type: TimexType.Duration).Run();
        Assert.Empty(doc.Commitments);
    }

    [Theory]
    [InlineData("Officials said they expected the brigade to hand over its weapons by June 2031.", EventTypes.Retreat)]
    [InlineData("The inquiry is expected to present its findings by June 2031.", EventTypes.Other)]
    [InlineData("The monitors are due to publish their report by June 2031.", EventTypes.Other)]
    [InlineData("The last units are expected to be withdrawn by June 2031, the minister said.", EventTypes.Retreat)]
    public void A_plan_told_as_expected_is_proposed_not_announced(string sentence, string action)
    {
        var doc = new TestDoc(sentence).Time("June 2031", "2031-06").Run();
        var c = Assert.Single(doc.Commitments);
        Assert.Equal(action, c.Action);
        Assert.Equal(CommitmentState.Proposed, c.State);
    }

    [Fact]
    public void A_completion_someone_wants_is_demanded_not_met()
    {
        var doc = new TestDoc("The withdrawal of the units will come in stages, and the ministry wants the process completed by June 2031.")
            .Time("June 2031", "2031-06").Run();
        var c = Assert.Single(doc.Commitments);
        Assert.Equal(EventTypes.Retreat, c.Action);
        Assert.Equal(CommitmentState.Demanded, c.State);
    }

    [Fact]
    public void A_plan_that_names_no_one_belongs_to_whoever_was_just_told_doing_that_kind_of_thing()
    {
        var doc = new TestDoc("The brigade began pulling out of the valley on Monday. Officials expect the withdrawal to be finished by June 2031.")
            .Actor("brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Time("Monday", "2031-03-03")
            .Time("June 2031", "2031-06").Run();
        var c = Assert.Single(doc.Commitments);
        Assert.Equal(["Free Highlands Brigade"], c.Who);
    }

    [Fact]
    public void A_deal_that_still_needs_approval_is_agreed_in_principle()
    {
        var doc = new TestDoc("The deal would see the units withdraw by June 2031. It still needs final approval from parliament.")
            .Time("June 2031", "2031-06").Run();
        Assert.Equal(CommitmentState.AgreedInPrinciple, Assert.Single(doc.Commitments).State);
    }

    [Fact]
    public void A_schedule_word_makes_a_commitment_without_a_deadline()
    {
        var doc = new TestDoc("Both sides agreed on a timetable for the withdrawal of the brigade.").Run();
        var c = Assert.Single(doc.Commitments);
        Assert.Null(c.Deadline);
        Assert.Empty(c.Phases);
        Assert.Equal(EventTypes.Retreat, c.Action);
    }

    [Fact]
    public void A_done_action_is_not_a_commitment()
    {
        var doc = new TestDoc("The brigade withdrew its units by June 2031.").Time("June 2031", "2031-06").Run();
        Assert.Empty(doc.Commitments);
    }

    [Fact]
    public void A_denied_plan_is_denied()
    {
        var doc = new TestDoc("The army will not withdraw by June 2031.").Time("June 2031", "2031-06").Run();
        Assert.Equal(CommitmentState.Denied, Assert.Single(doc.Commitments).State);
    }
}

/// <summary>A plan set at a coming event is scheduled, and its state is read in its own clause.</summary>
public sealed class AnchoredCommitmentTests
{
    private const string Text =
        "The envoy confirmed that the two sides had reached an agreement to discuss the border, and that a formal announcement would come at an upcoming summit in Ostgard.";

    private static AnnotatedArticle Doc(string text = Text) => new TestDoc(text)
        .Actors("Lodravia", "Lodravia", ActorKind.Country)
        .Actors("Kestria", "Kestria", ActorKind.Country)
        .Run();

    [Fact]
    public void A_formal_announcement_after_an_agreement_is_the_agreement_concluded()
    {
        var e = EventAssert.Single(Doc(), EventTypes.Agree, "formal announcement");
        Assert.Equal(Modality.Planned, e.Modality);
    }

    [Fact]
    public void A_formal_announcement_without_an_agreement_is_no_event()
    {
        var doc = Doc("The palace said a formal announcement would come at an upcoming summit in Ostgard.");
        Assert.DoesNotContain(doc.Events, e => e.Trigger.Text(doc.Text) == "formal announcement");
        Assert.Empty(doc.Commitments);
    }

    [Fact]
    public void A_plan_set_at_an_upcoming_event_is_a_commitment_announced_by_who_tells_it()
    {
        var c = Assert.Single(Doc().Commitments);
        Assert.Equal(EventTypes.Agree, c.Action);
        Assert.Null(c.Deadline);
        Assert.Equal(CommitmentState.Announced, c.State);
    }

    [Fact]
    public void An_upcoming_event_that_is_itself_the_plan_schedules_nothing()
    {
        var doc = Doc("The brigade said the upcoming withdrawal would be orderly.");
        Assert.Empty(doc.Commitments);
    }
}

public sealed class CommitmentWhoTests
{
    [Fact]
    public void The_parties_that_agreed_to_a_plan_commit_to_it_not_whoever_it_moves()
    {
        var doc = new TestDoc("Lodravia and Kestria agreed to set up a panel that will allow the gradual withdrawal of the brigade's fighters.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Actor("brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Run();
        var c = Assert.Single(doc.Commitments);
        Assert.Equal(["Lodravia", "Kestria"], c.Who);
    }

    [Theory]
    [InlineData("The spokesperson for the Norwegian prime minister, Ona Ferell, spoke on Monday. \"A timetable is being drawn up to withdraw the foreign advisers by June 2031,\" Ferell said.")]
    [InlineData("Ona Ferell, a Norwegian government spokesperson, spoke on Monday. \"A timetable is being drawn up to withdraw the foreign advisers by June 2031,\" Ferell said.")]
    public void An_agentless_plan_in_an_officials_quote_is_the_plan_of_the_side_the_official_speaks_for(string text)
    {
        var doc = new TestDoc(text)
            .Actor("Ona Ferell", "Ona Ferell", ActorKind.Person)
            .Actor("Ferell", "Ona Ferell", ActorKind.Person, occurrence: 1)
            .Time("June 2031", "2031-06")
            .DirectQuote("A timetable is being drawn up to withdraw the foreign advisers by June 2031,", "said", "Ona Ferell", actorId: "test:Ona Ferell")
            .Run();
        Assert.Equal(["Norway"], Assert.Single(doc.Commitments).Who);
    }

    [Fact]
    public void An_agentless_plan_told_by_an_anonymous_official_is_the_plan_of_the_officials_country()
    {
        const string text = "\"A timetable is being drawn up to withdraw the foreign advisers by June 2031,\" a senior Norwegian official said.";
        var doc = new TestDoc(text)
            .Time("June 2031", "2031-06")
            .DirectQuote("A timetable is being drawn up to withdraw the foreign advisers by June 2031,", "said", "a senior Norwegian official", affiliation: "Norway", anonymous: true)
            .Run();
        Assert.Equal(["Norway"], Assert.Single(doc.Commitments).Who);
    }

    [Fact]
    public void A_plan_drawn_up_by_a_named_party_is_not_the_speakers()
    {
        const string text = "\"A timetable is being drawn up by the brigade to pull its fighters out by June 2031,\" a senior Norwegian official said.";
        var doc = new TestDoc(text)
            .Actor("brigade", "Free Highlands Brigade", ActorKind.ArmedGroup)
            .Time("June 2031", "2031-06")
            .DirectQuote("A timetable is being drawn up by the brigade to pull its fighters out by June 2031,", "said", "a senior Norwegian official", affiliation: "Norway", anonymous: true)
            .Run();
        Assert.DoesNotContain("Norway", Assert.Single(doc.Commitments).Who);
    }
}
