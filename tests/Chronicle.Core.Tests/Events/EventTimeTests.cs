using Chronicle.Core.Events;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

/// <summary>Which time expression dates an event, and when none does.</summary>
public sealed class EventTimeTests
{
    [Fact]
    public void A_vague_reference_dates_nothing()
    {
        var doc = new TestDoc("Despite recent raids, the council said that Kestria has not asked for a withdrawal.")
            .Time("recent", "PAST_REF").Run();
        Assert.All(doc.Events, e => Assert.Null(e.Time));
    }

    [Fact]
    public void A_date_in_a_participle_phrase_dates_the_noun_it_hangs_from_not_an_event_told_before()
    {
        var doc = new TestDoc("The accord follows months of talks between Lodravia and Kestria, launched by the envoy in March.")
            .Actor("Lodravia", "Lodravia", ActorKind.Country)
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Time("March", "2031-03").Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Agree, "accord").Time);
        Assert.Equal("2031-03", Assert.Single(doc.Events, e => e.Type == EventTypes.Consult).Time?.Value);
    }

    [Fact]
    public void A_past_perfect_event_takes_no_date_from_the_clause_that_reports_it()
    {
        var doc = new TestDoc("The brigade claimed on Tuesday that it had shelled the depot.")
            .Time("Tuesday", "2031-03-04").Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Assault, "shelled").Time);
    }

    [Fact]
    public void A_past_perfect_event_keeps_a_date_told_after_it()
    {
        var doc = new TestDoc("The envoy said that the brigade had shelled the depot in February.")
            .Time("February", "2031-02").Run();
        Assert.Equal("2031-02", EventAssert.Single(doc, EventTypes.Assault, "shelled").Time?.Value);
    }

    [Fact]
    public void A_date_inside_the_subject_belongs_to_its_own_verb_in_the_past_perfect()
    {
        var doc = new TestDoc("A panel set up by Kestria last year had reached an agreement on the border.")
            .Actor("Kestria", "Kestria", ActorKind.Country)
            .Time("last year", "2030").Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Agree, "agreement").Time);
    }

    [Fact]
    public void A_plan_is_not_dated_by_the_day_it_was_told()
    {
        var doc = new TestDoc("The ministry said on Thursday that the envoys will meet to settle the border.")
            .Time("Thursday", "2031-03-06").Run();
        Assert.Null(EventAssert.Single(doc, EventTypes.Consult, "meet").Time);
    }

    [Fact]
    public void A_past_event_with_no_date_continues_the_scene_set_by_the_sentence_before()
    {
        var doc = new TestDoc("Last month, the envoy travelled to Ostgard. The envoy met the rebel commander at the harbour.")
            .Time("Last month", "2031-02").Run();
        var met = EventAssert.Single(doc, EventTypes.Consult, "met");
        Assert.Equal("2031-02", met.Time?.Value);
        Assert.True(met.TimeFromContext);
        Assert.False(met.TimeFromPublication);
    }

    [Fact]
    public void A_date_inside_a_sentence_sets_no_scene_and_the_scene_reaches_two_sentences()
    {
        var doc = new TestDoc("In 2029, the assembly voted to close the border. The vote annulled a decree issued in 2017. Kestria rejected the vote. The envoy met the rebels. Talks went on.")
            .Time("2029", "2029").Time("2017", "2017").Run();
        Assert.Equal("2029", EventAssert.Single(doc, EventTypes.Reject, "rejected").Time?.Value);
        Assert.Null(EventAssert.Single(doc, EventTypes.Consult, "met").Time);
    }

    [Theory]
    [InlineData("Last month, the envoy travelled to Ostgard. The envoy will meet the rebel commander.", "meet")]
    [InlineData("Last month, the envoy travelled to Ostgard. The envoy has met the rebel commander.", "met")]
    [InlineData("Last month, the envoy travelled to Ostgard. \"The envoy met the rebel commander,\" a guard said.", "met")]
    public void Plans_present_perfects_and_direct_quotes_do_not_continue_the_scene(string text, string trigger)
    {
        var doc = new TestDoc(text).Time("Last month", "2031-02");
        if (text.Contains('"', StringComparison.Ordinal))
        {
            doc = doc.DirectQuote("The envoy met the rebel commander,", "said", "a guard");
        }

        Assert.Null(EventAssert.Single(doc.Run(), EventTypes.Consult, trigger).Time);
    }
}
