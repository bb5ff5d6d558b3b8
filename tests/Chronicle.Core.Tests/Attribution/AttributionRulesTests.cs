using Chronicle.Core.Attribution;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Each rule of the stage on a sentence of our own.</summary>
public sealed class AttributionRulesTests
{
    internal static AnnotatedArticle Run(string text, string? outlet = null)
    {
        var article = new Article("t", text, "test", 1, "h", null, outlet, null, null, PublicationTime.Unknown);
        return Pipeline.CreateDefault().Run(article);
    }

    /// <summary>The one quote whose content contains <paramref name="contentPart"/> (the rule tests of this folder share it).</summary>
    internal static Quote Single(AnnotatedArticle doc, string contentPart) =>
        Assert.Single(doc.Quotes, q => q.Span.Text(doc.Text).Contains(contentPart, StringComparison.Ordinal));

    [Fact]
    public void Quote_then_cue_names_the_speaker_after_the_quote()
    {
        var doc = Run("\"The bridge will reopen in spring,\" the mayor of Lintown said.");
        var q = Single(doc, "bridge will reopen");
        Assert.True(q.Direct);
        Assert.Equal("The bridge will reopen in spring", q.Span.Text(doc.Text));
        Assert.Equal("said", q.Cue.Text(doc.Text));
        Assert.Equal("the mayor of Lintown", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the mayor of Lintown", q.Speaker.Description);
    }

    [Fact]
    public void Inverted_cue_with_title_gives_the_person_name()
    {
        var doc = Run("\u201CWe expect the vote next week,\u201D said Farm Minister Clara Ostrova on Tuesday.");
        var q = Single(doc, "vote next week");
        Assert.Equal("Clara Ostrova", q.Speaker.Name);
    }

    [Fact]
    public void Cue_then_quote_with_colon()
    {
        var doc = Run("Karl Benning said: \u201CNo ship will leave the harbour before the storm passes.\u201D");
        var q = Single(doc, "No ship will leave");
        Assert.Equal("Karl Benning", q.Speaker.Name);
        Assert.True(q.Direct);
    }

    [Fact]
    public void Interrupted_quote_gives_two_quotes_sharing_cue_and_speaker()
    {
        var doc = Run("\u201CThe talks went well,\u201D Jana Miro said, \u201Cbut nothing is signed yet.\u201D");
        Assert.Equal(2, doc.Quotes.Length);
        Assert.Equal(doc.Quotes[0].Cue, doc.Quotes[1].Cue);
        Assert.All(doc.Quotes, q => Assert.Equal("Jana Miro", q.Speaker.Name));
    }

    [Fact]
    public void Indirect_speech_with_that_gives_the_reported_clause()
    {
        var doc = Run("A senior Valdorian official told the Harbour Times that the convoy had left the port.");
        var q = Single(doc, "convoy had left");
        Assert.False(q.Direct);
        Assert.Equal("the convoy had left the port", q.Span.Text(doc.Text));
        Assert.Equal("a senior Valdorian official", q.Speaker.Description, ignoreCase: true);
        Assert.Equal("Harbour Times", q.Venue);
    }

    [Fact]
    public void Postposed_indirect_cue_with_source_chain()
    {
        var doc = Run("The plan would see most engineers leave by March, the sources said according to Reuters.");
        var q = Single(doc, "most engineers leave");
        Assert.Equal("the sources", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal(["Reuters"], q.Via);
    }

    [Fact]
    public void According_to_at_the_start_and_at_the_end()
    {
        var doc = Run("According to the union, the strike will last a week.\nThe factory will close on Friday, according to two managers.");
        Assert.Equal("the union", Single(doc, "strike will last").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("two managers", Single(doc, "factory will close").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void States_of_mind_are_attributions()
    {
        var doc = Run("The farmers fear that the river will flood their fields again.");
        var q = Single(doc, "river will flood");
        Assert.Equal("fear", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Passive_report_has_no_speaker()
    {
        var doc = Run("It was reported that the minister had resigned.");
        var q = Single(doc, "minister had resigned");
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void Pronoun_speaker_takes_the_previous_speaker()
    {
        var doc = Run("Trade envoy Mara Velic said the border would stay open.\nThe checks will be lighter, she added.");
        var q = Single(doc, "checks will be lighter");
        Assert.Equal("she", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Mara Velic", q.Speaker.Name);
    }

    [Fact]
    public void Surname_takes_the_fuller_name_used_before()
    {
        var doc = Run("Foreign Minister Tomas Aldren arrived on Monday.\n\u201CWe came to listen,\u201D Aldren said.");
        Assert.Equal("Tomas Aldren", Single(doc, "came to listen").Speaker.Name);
    }

    [Fact]
    public void Definite_title_resolves_to_the_named_holder()
    {
        var doc = Run("Valdorian Prime Minister Ilse Marova met the delegation.\nThe Valdorian prime minister said the agreement was close.");
        Assert.Equal("Ilse Marova", Single(doc, "agreement was close").Speaker.Name);
    }

    [Fact]
    public void Quote_without_cue_continues_the_previous_speaker()
    {
        var doc = Run("\u201CThe harvest is late,\u201D said farmer Ode Lunn.\n\u201CWe will need help from the cooperative this winter.\u201D");
        var q = Single(doc, "need help from the cooperative");
        Assert.Null(q.Speaker.Span);
        Assert.Equal("Ode Lunn", q.Speaker.Name);
    }

    [Fact]
    public void Speaking_to_an_outlet_is_the_venue()
    {
        var doc = Run("Speaking to Bloomberg on Sunday, the governor confirmed that the dam was safe.");
        Assert.Equal("Bloomberg", Single(doc, "dam was safe").Venue);
    }

    [Fact]
    public void Outlet_abbreviation_is_expanded()
    {
        var doc = Run("The talks will resume soon, a diplomat told MEE.");
        Assert.Equal("Middle East Eye", Single(doc, "talks will resume").Venue);
    }

    [Fact]
    public void Outlet_citing_sources_is_the_chain()
    {
        var doc = Run("The Daily Courier cited sources indicating that the mine will reopen.");
        var q = Single(doc, "mine will reopen");
        Assert.Equal(["The Daily Courier"], q.Via);
    }

    [Fact]
    public void Anonymous_description_keeps_affiliation()
    {
        var doc = Run("A Pentagon official said the exercise was routine.");
        var q = Single(doc, "exercise was routine");
        Assert.Equal("Pentagon", q.Speaker.Affiliation);
        Assert.Null(q.Speaker.Name);
    }

    [Fact]
    public void Names_and_nouns_are_not_cues()
    {
        var doc = Run("The Washington Post has offices in the United States.\nHis plans for the harbour were approved.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Pull_quote_line_names_its_speaker()
    {
        var doc = Run("'The river has never been this low in living memory'\n- local fisherman\nThe drought continues.");
        var q = Single(doc, "river has never been");
        Assert.Equal("local fisherman", q.Speaker.Description);
    }
    [Fact]
    public void Relative_pronoun_speaker_is_resolved_to_its_antecedent()
    {
        var doc = Run("The survey was led by Dr. Lena Harsk, who said the samples were contaminated.");
        var q = Single(doc, "samples were contaminated");
        Assert.Equal("who", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Lena Harsk", q.Speaker.Name);
    }

    [Fact]
    public void Nominal_cue_with_possessive_source()
    {
        var doc = Run("In March the mayor's criticism of the new ferry timetable surprised the board.");
        var q = Single(doc, "new ferry timetable");
        Assert.Equal("criticism of", q.Cue.Text(doc.Text));
        Assert.Equal("the mayor's", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Attitude_word_with_that_clause_is_an_attribution()
    {
        var doc = Run("Local growers are convinced that the frost will return in May.");
        var q = Single(doc, "frost will return");
        Assert.Equal("Local growers", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Quotation_then_dash_then_name()
    {
        var doc = Run("\u201CThe library must stay open on Sundays.\u201D\u2015 Petra Lind.");
        Assert.Equal("Petra Lind", Single(doc, "library must stay open").Speaker.Name);
    }

    [Fact]
    public void Cues_inside_a_quotation_are_the_speaker_s_words()
    {
        var doc = Run("\u201CWe believe the bridge is safe and we said so,\u201D the engineer said.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the engineer", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Reduced_passive_is_not_a_speaker_but_a_chain()
    {
        var doc = Run("The shortage reported by the Valley Gazette worries farmers.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "reported");
    }

    [Fact]
    public void Title_case_headline_cue()
    {
        var doc = Run("Harbour Chief Says Ferries Will Resume Next Week\nThe port reopened.");
        var q = Single(doc, "Ferries Will Resume");
        Assert.Equal("Says", q.Cue.Text(doc.Text));
        Assert.Equal("Harbour Chief", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Colon_after_a_name_is_a_cue_but_not_after_an_editorial_label()
    {
        var doc = Run("Harbour Authority: The ferries will run again from Monday.\nCorrection: An earlier version of this story misstated the date.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Harbour Authority", q.Speaker.Span!.Value.Text(doc.Text));
    }
}
