using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Speaker resolution rules on sentences of our own.</summary>
public sealed class SpeakerRulesTests
{
    [Fact]
    public void Nationality_and_agent_noun_is_a_description_affiliated_to_the_state()
    {
        var doc = AttributionRulesTests.Run("Three Iraqi diplomats told Reuters that the talks would resume in March.");
        var q = Single(doc, "talks would resume");
        Assert.Null(q.Speaker.Name);
        Assert.Equal("Three Iraqi diplomats", q.Speaker.Description);
        Assert.Equal("Iraq", q.Speaker.Affiliation);
    }

    [Fact]
    public void Anonymous_source_right_after_anonymous_sources_keeps_their_outlet()
    {
        var doc = AttributionRulesTests.Run(
            "The delegation asked for a faster schedule, two Iraqi negotiators told Reuters.\n" +
            "\"We cannot wait another winter for this decision,\" one of the delegates said.");
        var q = Single(doc, "another winter");
        Assert.Equal("Reuters", q.Venue);
    }

    [Fact]
    public void Source_phrase_keeps_its_prepositional_part_after_a_source_word()
    {
        var doc = AttributionRulesTests.Run("Some at the meeting saw the plan as a betrayal.\nOfficials at the port authority said the quay would reopen.");
        Assert.Equal("Some at the meeting", Single(doc, "a betrayal").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Officials at the port authority", Single(doc, "quay would reopen").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Subject_with_a_relative_clause_is_the_whole_noun_phrase()
    {
        var doc = AttributionRulesTests.Run("The engineers who inspected the bridge said it was unsafe.");
        var q = Single(doc, "it was unsafe");
        Assert.Equal("The engineers who inspected the bridge", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The engineers who inspected the bridge", q.Speaker.Description);
    }
}
