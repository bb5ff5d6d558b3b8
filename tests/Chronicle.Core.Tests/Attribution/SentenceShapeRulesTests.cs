using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Rules of the fourth 2026-12-03 session, each on a sentence of our own: clause bounds, speakers, cues.</summary>
public sealed class SentenceShapeRulesTests
{
    [Theory]
    [InlineData("While the inspector found the bridge unsafe, her report was shelved by the council.", "the bridge unsafe")]
    [InlineData("Although the minister insisted the budget was balanced, it was rejected by the assembly.", "the budget was balanced")]
    [InlineData("But just as the union warned of strikes at the port, the shipping firms were hiring new crews.", "of strikes at the port")]
    [InlineData("If the auditors have questions about the harbour accounts, voters should know what those questions are.", "the harbour accounts")]
    public void A_report_in_an_opening_subordinate_clause_ends_before_the_main_clause(string sentence, string content)
    {
        var doc = Run(sentence);
        Assert.Equal(content, Single(doc, content).Span.Text(doc.Text));
    }

    [Fact]
    public void A_list_after_a_comma_in_the_opening_clause_stays_in_the_content()
    {
        var doc = Run("When the mayor promised new parks, schools and clinics, the council was already planning cuts.");
        Assert.Equal("new parks, schools and clinics", Single(doc, "new parks").Span.Text(doc.Text));
    }

    [Fact]
    public void A_common_noun_before_a_comma_opens_a_list_not_an_addressee()
    {
        var doc = Run("The mayor promised parks, schools and clinics for the eastern districts.");
        Assert.Equal("parks, schools and clinics for the eastern districts", Single(doc, "schools and clinics").Span.Text(doc.Text));
    }
}
