using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Rules of the second 2026-12-03 session, each on a sentence of our own: nested reports, content boundaries, speakers.</summary>
public sealed class NestingAndBoundaryRulesTests
{
    [Fact]
    public void Approximated_number_opening_a_content_keeps_the_outer_report()
    {
        var doc = Run("The governor has said about 30 candidates have shown an interest in the post.");
        var q = Single(doc, "30 candidates have shown an interest");
        Assert.Equal("said", q.Cue.Text(doc.Text));
        Assert.Equal("The governor", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Quotation_closing_a_paragraph_is_not_the_content_of_a_cue_in_the_next()
    {
        var doc = Run("\"The race is close,\" said Ida Marsh, a pollster. \"It could go either way.\"\n\nThe governor has said about 30 candidates have shown an interest in the post.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("either way", StringComparison.Ordinal) && q.Speaker.Span is { } sp && sp.Text(doc.Text) == "The governor");
        Assert.Equal("The governor", Single(doc, "30 candidates").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Reporter_credit_line_is_not_a_report()
    {
        var doc = Run("Ana Ruiz reported from Quito, and Tom Berg from Lima.\nThe agency reported that exports fell.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("Tom Berg", StringComparison.Ordinal));
        Assert.Single(doc.Quotes);
    }

    [Fact]
    public void Name_before_in_and_a_possessive_stops_before_in()
    {
        var doc = Run("\"It is close,\" said Ann Reyes, a historian at Harold Brook University in Scott's district.\nScott rejects the idea. \"I will win,\" he said.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Name is { } n && n.Contains("University in", StringComparison.Ordinal));
    }

    [Fact]
    public void Relative_pronoun_speaker_describes_the_noun_phrase_not_the_participle_before_it()
    {
        var doc = Run("\"We have the money,\" the senator said, cutting off a reporter who asked about the budget.");
        var q = Single(doc, "the budget");
        Assert.Equal("a reporter", q.Speaker.Description);
    }
}
