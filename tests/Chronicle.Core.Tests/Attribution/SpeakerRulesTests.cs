using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Speaker resolution rules on sentences of our own.</summary>
public sealed class SpeakerRulesTests
{
    private static Quote Single(AnnotatedArticle doc, string contentPart) =>
        Assert.Single(doc.Quotes, q => q.Span.Text(doc.Text).Contains(contentPart, StringComparison.Ordinal));

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
}
