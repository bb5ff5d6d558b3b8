using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Cue-frame rules added for recall on news English, each on a sentence of our own.</summary>
public sealed class FrameRulesTests
{
    private static string SpeakerText(AnnotatedArticle doc, Quote q) => q.Speaker.Span!.Value.Text(doc.Text);

    [Fact]
    public void Opening_adjunct_is_not_the_content_of_a_following_cue()
    {
        var doc = AttributionRulesTests.Run("In her address, Mayor Ilse Varn urged residents to conserve water this summer.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "In her address");
        var q = Single(doc, "to conserve water");
        Assert.Equal("Mayor Ilse Varn", SpeakerText(doc, q));
    }

    [Fact]
    public void Coordinated_cue_takes_the_subject_of_the_first_verb()
    {
        var doc = AttributionRulesTests.Run("Councillor Aksel Brun praised the new library and criticized the delays in the harbour project.");
        var q = Single(doc, "delays in the harbour");
        Assert.Equal("criticized", q.Cue.Text(doc.Text));
        Assert.Equal("Councillor Aksel Brun", SpeakerText(doc, q));
    }

    [Fact]
    public void Participle_after_by_takes_the_sentence_subject()
    {
        var doc = AttributionRulesTests.Run("The governor answered the critics by saying the budget was balanced for the first time in years.");
        var q = Single(doc, "budget was balanced");
        Assert.Equal("saying", q.Cue.Text(doc.Text));
        Assert.Equal("The governor", SpeakerText(doc, q));
    }

    [Fact]
    public void Opening_adjunct_is_skipped_to_find_a_participle_subject()
    {
        var doc = AttributionRulesTests.Run("Meanwhile, the union rejected the offer, saying the raise would not cover inflation.");
        var q = Single(doc, "raise would not cover");
        Assert.Equal("the union", SpeakerText(doc, q));
    }

    [Fact]
    public void Programme_title_in_quotation_marks_belongs_to_the_addressee()
    {
        var doc = AttributionRulesTests.Run("Brun told Radio North\u2019s \u201CMorning Call\u201D on Friday that the ferry would be replaced.");
        var q = Single(doc, "ferry would be replaced");
        Assert.Equal("Brun", SpeakerText(doc, q));
    }

    [Fact]
    public void Parenthetical_cue_after_an_adjunct_reports_what_follows()
    {
        var doc = AttributionRulesTests.Run("Over the past decade, Professor Lund said, the glacier has lost a third of its mass.");
        var q = Single(doc, "glacier has lost");
        Assert.Equal("Professor Lund", SpeakerText(doc, q));
    }

    [Fact]
    public void Appositive_speaker_with_an_addressee_after_a_quotation()
    {
        var doc = AttributionRulesTests.Run("\u201CThe river will flood again next spring,\u201D Mara Holt, a hydrologist, told me last week.");
        var q = Single(doc, "river will flood");
        Assert.Equal("told", q.Cue.Text(doc.Text));
        Assert.StartsWith("Mara Holt", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Date_adjunct_between_subject_and_verb_is_not_the_speaker()
    {
        var doc = AttributionRulesTests.Run("A regional survey in late August found that most farmers expect a poor harvest.");
        var q = Single(doc, "most farmers expect");
        Assert.Equal("A regional survey", SpeakerText(doc, q));
    }

    [Fact]
    public void Title_case_headline_with_a_closing_period()
    {
        var doc = AttributionRulesTests.Run("Ferries Will Resume Next Week, Harbour Chief Says.\nThe port reopened.");
        var q = Single(doc, "Ferries Will Resume");
        Assert.Equal("Harbour Chief", SpeakerText(doc, q));
    }

    [Fact]
    public void Stance_verb_with_a_bare_name_as_object()
    {
        var doc = AttributionRulesTests.Run("The dockworkers' union endorsed Halvorsen on Tuesday.\nThe rival mayor attacked Lindqvist in a late-night post.");
        Assert.StartsWith("Halvorsen", Single(doc, "Halvorsen").Span.Text(doc.Text), StringComparison.Ordinal);
        var attack = Single(doc, "Lindqvist");
        Assert.Equal("attacked", attack.Cue.Text(doc.Text));
        Assert.Equal("The rival mayor", SpeakerText(doc, attack));
    }

    [Fact]
    public void Continued_with_a_colon_introduces_a_quotation()
    {
        var doc = AttributionRulesTests.Run("The inspector spoke first. Halvorsen continued: \u201CWe will not sign anything this week.\u201D\nThe storm continued for days.");
        var q = Single(doc, "not sign anything");
        Assert.Equal("continued", q.Cue.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Text(doc.Text).Contains("for days", StringComparison.Ordinal));
    }

    [Fact]
    public void Attitude_verbs_take_a_noun_phrase_or_an_infinitive()
    {
        var doc = AttributionRulesTests.Run("Many growers admire the new irrigation scheme.\nThe council decided to close the old quarry.");
        Assert.Equal("Many growers", SpeakerText(doc, Single(doc, "irrigation scheme")));
        Assert.Equal("The council", SpeakerText(doc, Single(doc, "close the old quarry")));
    }

    [Fact]
    public void Participle_after_a_comma_is_never_an_inverted_cue()
    {
        var doc = AttributionRulesTests.Run("The mayor revised the budget, promising to keep the pools open all summer.");
        var q = Single(doc, "keep the pools open");
        Assert.Equal("promising", q.Cue.Text(doc.Text));
        Assert.Equal("The mayor", SpeakerText(doc, q));
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Text(doc.Text).StartsWith("The mayor revised", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_verb_before_a_that_clause_is_a_verb_whatever_its_subject()
    {
        var doc = AttributionRulesTests.Run("One chart shows that nine of ten boats in the harbour are older than twenty years.");
        var q = Single(doc, "nine of ten boats");
        Assert.Equal("One chart", SpeakerText(doc, q));
    }

    [Fact]
    public void Sentence_final_report_verb_closes_a_postposed_frame()
    {
        var doc = AttributionRulesTests.Run("Ferry fares rose by a third last year, a study of the port accounts shows.");
        var q = Single(doc, "Ferry fares rose");
        Assert.Equal("shows", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Nominal_cue_read_as_an_infinitive_takes_the_subject_of_the_sentence()
    {
        var doc = AttributionRulesTests.Run("Small groups of fishermen continued to call for an inquiry into the quotas.");
        var q = Single(doc, "inquiry into the quotas");
        Assert.Equal("Small groups of fishermen", SpeakerText(doc, q));
    }

    [Fact]
    public void Object_pronoun_after_call_makes_it_a_verb()
    {
        var doc = AttributionRulesTests.Run("His rivals called him \u201Ca dreamer\u201D for the tunnel plan.");
        var q = Single(doc, "a dreamer");
        Assert.Equal("His rivals", SpeakerText(doc, q));
    }

    [Fact]
    public void Attitude_verb_with_an_object_and_an_infinitive()
    {
        var doc = AttributionRulesTests.Run("Most growers expect prices to fall before the harvest.");
        var q = Single(doc, "prices to fall");
        Assert.Equal("expect", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Judgement_in_the_passive_has_no_source_in_the_text()
    {
        var doc = AttributionRulesTests.Run("The contractor was accused of inflating the cost of the new bridge.");
        var q = Single(doc, "inflating the cost");
        Assert.Equal("accused of", q.Cue.Text(doc.Text));
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void Question_put_to_the_speaker_in_an_opening_asked_phrase()
    {
        var doc = AttributionRulesTests.Run("Asked about the closure of the mill, the minister said the talks were continuing.");
        var q = Single(doc, "closure of the mill");
        Assert.Equal("Asked", q.Cue.Text(doc.Text));
        Assert.Null(q.Speaker.Span);
        Assert.Equal("the minister", SpeakerText(doc, Single(doc, "talks were continuing")));
    }

    [Fact]
    public void Backed_with_a_name_and_support_after_a_named_subject()
    {
        var doc = AttributionRulesTests.Run("The Harbour Gazette backed Lindqvist in its editorial.\nIn the east, Norland and Vessia support the rebels.");
        Assert.Equal("The Harbour Gazette", SpeakerText(doc, Single(doc, "Lindqvist")));
        Assert.Equal("Norland and Vessia", SpeakerText(doc, Single(doc, "the rebels")));
    }

    [Fact]
    public void Report_opening_with_its_own_speaker_belongs_to_the_outer_report()
    {
        var doc = AttributionRulesTests.Run("The harbour master said he opposed the plan for a second quay.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("said", q.Cue.Text(doc.Text));
        Assert.Equal("The harbour master", SpeakerText(doc, q));
        Assert.StartsWith("he opposed", q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_a_long_source_runs_to_the_comma()
    {
        var doc = AttributionRulesTests.Run("According to a complaint filed by the port authority in March, the operator ignored three safety warnings.");
        var q = Single(doc, "ignored three safety warnings");
        Assert.Equal("a complaint filed by the port authority in March", SpeakerText(doc, q));
    }

    [Fact]
    public void According_to_after_a_noun_like_word_and_a_comma()
    {
        var doc = AttributionRulesTests.Run("Most households would pay more under the new plan, according to an analysis by the Tax Institute.");
        var q = Single(doc, "Most households would pay");
        Assert.Equal("according to", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Clause_opening_with_however_is_content()
    {
        var doc = AttributionRulesTests.Run("However the ferries are unlikely to run before June, noted Harbour Radio's Ann Berg.");
        var q = Single(doc, "ferries are unlikely");
        Assert.Equal("noted", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Pointed_out_and_referred_to_are_cues()
    {
        var doc = AttributionRulesTests.Run("The auditor pointed out that the ferry budget had doubled.\nThe mayor referred to the old quarry deal in her reply.");
        Assert.Equal("pointed out", Single(doc, "ferry budget had doubled").Cue.Text(doc.Text));
        Assert.Equal("The mayor", SpeakerText(doc, Single(doc, "old quarry deal")));
    }

    [Fact]
    public void Cue_with_a_colon_closing_its_sentence_introduces_the_next_paragraph()
    {
        var doc = AttributionRulesTests.Run("The harbour master added:\n\nThe quay will be closed for repairs until the spring tides have passed.\n\nThe ferries ran late.");
        var q = Single(doc, "quay will be closed");
        Assert.Equal("The harbour master", SpeakerText(doc, q));
        Assert.DoesNotContain("ferries ran late", q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_contraction_before_a_cue_is_a_subject_not_a_possessive()
    {
        var doc = AttributionRulesTests.Run("She\u2019s claiming that the ferry contract was never signed.");
        var q = Single(doc, "ferry contract was never signed");
        Assert.Equal("She", SpeakerText(doc, q));
    }

    [Fact]
    public void To_before_a_noun_phrase_is_a_preposition_after_a_speech_verb()
    {
        var doc = AttributionRulesTests.Run("The port authority did not respond to requests for comment.");
        var q = Single(doc, "requests for comment");
        Assert.Equal("The port authority", SpeakerText(doc, q));
    }

    [Fact]
    public void Speak_with_an_adverb_before_its_topic()
    {
        var doc = AttributionRulesTests.Run("The mayor spoke warmly of the volunteers who rebuilt the pier.");
        Assert.Equal("The mayor", SpeakerText(doc, Single(doc, "volunteers who rebuilt")));
    }

    [Fact]
    public void Stance_adjective_after_be_reports_an_attitude()
    {
        var doc = AttributionRulesTests.Run("Councillor Brun has long been critical of the harbour tunnel plan.");
        var q = Single(doc, "harbour tunnel plan");
        Assert.Equal("critical of", q.Cue.Text(doc.Text));
        Assert.Equal("Councillor Brun", SpeakerText(doc, q));
    }

    [Fact]
    public void Passive_with_an_agent_names_the_source_after_by()
    {
        var doc = AttributionRulesTests.Run("The ferry plan is backed by the harbour union.");
        var q = Single(doc, "The ferry plan");
        Assert.Equal("backed by", q.Cue.Text(doc.Text));
        Assert.Equal("the harbour union", SpeakerText(doc, q));
    }

    [Fact]
    public void See_an_object_as_something()
    {
        var doc = AttributionRulesTests.Run("Local growers see the new canal as a threat to their wells.");
        var q = Single(doc, "threat to their wells");
        Assert.Equal("Local growers", SpeakerText(doc, q));
    }

    [Fact]
    public void Possessive_plan_with_an_infinitive_is_a_nominal_cue()
    {
        var doc = AttributionRulesTests.Run("In March her plan to rebuild the old pier was rejected.");
        var q = Single(doc, "rebuild the old pier");
        Assert.Equal("her", SpeakerText(doc, q));
    }

    [Fact]
    public void Infinitive_after_a_cue_is_its_content_not_a_trail()
    {
        var doc = AttributionRulesTests.Run("Facing the storm, the harbour master vowed to keep the port open.");
        var q = Single(doc, "keep the port open");
        Assert.Equal("the harbour master", SpeakerText(doc, q));
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Text(doc.Text).StartsWith("Facing the storm", StringComparison.Ordinal));
    }

    [Fact]
    public void Seek_takes_a_noun_phrase()
    {
        var doc = AttributionRulesTests.Run("The mayor seeks more money for the ferry service.");
        Assert.Equal("The mayor", SpeakerText(doc, Single(doc, "more money")));
    }

    [Fact]
    public void Cue_in_an_infinitive_after_a_controlling_verb_takes_its_subject()
    {
        var doc = AttributionRulesTests.Run("The inspector went on to say that the bridge had been neglected for years.");
        var q = Single(doc, "bridge had been neglected");
        Assert.Equal("say", q.Cue.Text(doc.Text));
        Assert.Equal("The inspector", SpeakerText(doc, q));
    }

    [Fact]
    public void Long_inverted_speaker_after_a_list_of_phrases()
    {
        var doc = AttributionRulesTests.Run("The deal brought no new money, no timetable for the works and no change in the budget, said a senior official of the regional water board familiar with the talks.");
        var q = Single(doc, "no new money");
        Assert.StartsWith("a senior official of the regional water board", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_phrase_before_a_comma_after_the_cue_is_content_not_an_adjunct()
    {
        var doc = AttributionRulesTests.Run("The skipper complained about the broken radio on the night of the storm, even hinting at sabotage.");
        var q = Single(doc, "broken radio");
        Assert.Equal("complained", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Opening_comparison_is_an_adjunct()
    {
        var doc = AttributionRulesTests.Run("Like her predecessor, I believe in the good sense of the voters.");
        var q = Single(doc, "good sense of the voters");
        Assert.Equal("I", SpeakerText(doc, q));
    }

    [Fact]
    public void Nominal_cue_in_the_object_takes_a_named_subject()
    {
        var doc = AttributionRulesTests.Run("Mayor Lindqvist sounded a call for more volunteers at the shelter.");
        var q = Single(doc, "more volunteers");
        Assert.Equal("call for", q.Cue.Text(doc.Text));
        Assert.Equal("Mayor Lindqvist", SpeakerText(doc, q));
    }

    [Fact]
    public void Opening_participle_phrase_is_skipped_to_find_the_subject()
    {
        var doc = AttributionRulesTests.Run("Alarmed by the criticism, the council revised its budget, promising to reopen the library.");
        Assert.Equal("the council", SpeakerText(doc, Single(doc, "reopen the library")));
    }

    [Fact]
    public void Colon_after_a_clause_introduces_a_quotation_of_its_subject()
    {
        var doc = AttributionRulesTests.Run("The harbour board has a new slogan for the season: \u201CEvery boat comes home.\u201D");
        var q = Single(doc, "Every boat comes home");
        Assert.Equal("The harbour board", SpeakerText(doc, q));
        Assert.StartsWith("has a new slogan", q.Cue.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void As_someone_put_it_reports_what_follows_the_comma()
    {
        var doc = AttributionRulesTests.Run("As the ferry captain put it in a letter to the board, the timetable is a fantasy.");
        var q = Single(doc, "timetable is a fantasy");
        Assert.Equal("put it", q.Cue.Text(doc.Text));
        Assert.Equal("the ferry captain", SpeakerText(doc, q));
    }

    [Fact]
    public void Compared_with_is_a_preposition_and_bracketed_labels_are_not_speakers()
    {
        var doc = AttributionRulesTests.Run("Ferry use rose by a tenth, compared with last year.\n[Video: Harbour Storm Footage]\nThe quay reopened.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Expectation_with_a_determined_object()
    {
        var doc = AttributionRulesTests.Run("Few skippers expected a calm crossing after the storm warning.\nShe could not believe him.");
        Assert.Equal("Few skippers", SpeakerText(doc, Single(doc, "a calm crossing")));
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "believe");
    }

    [Fact]
    public void Participle_adjective_after_a_cue_is_not_a_second_cue()
    {
        var doc = AttributionRulesTests.Run("The mayor cited disparaging remarks the council had made about the volunteers.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("cited", q.Cue.Text(doc.Text));
        Assert.Equal("The mayor", SpeakerText(doc, q));
    }

    [Fact]
    public void Raising_passive_reports_an_expectation_without_a_source()
    {
        var doc = AttributionRulesTests.Run("The new ferry is expected to enter service in the spring.");
        var q = Single(doc, "to enter service");
        Assert.Equal("expected", q.Cue.Text(doc.Text));
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void Seems_to_reports_an_impression_without_a_source()
    {
        var doc = AttributionRulesTests.Run("The harbour project seems to have stalled again.\nThe mayor appeared to suggest that the quay would close.");
        var seem = Single(doc, "to have stalled");
        Assert.Equal("seems", seem.Cue.Text(doc.Text));
        Assert.Null(seem.Speaker.Span);
        var suggest = Single(doc, "the quay would close");
        Assert.Equal("suggest", suggest.Cue.Text(doc.Text));
        Assert.Equal("The mayor", suggest.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Known_as_and_so_called_give_a_name_without_a_source()
    {
        var doc = AttributionRulesTests.Run("The old quay, known as the Salt Steps, will close.\nThe so-called harbour tax was dropped.");
        Assert.Equal("known as", Single(doc, "Salt Steps").Cue.Text(doc.Text));
        Assert.Null(Single(doc, "harbour tax").Speaker.Span);
    }

    [Fact]
    public void Called_a_name_an_insult_without_quotation_marks()
    {
        var doc = AttributionRulesTests.Run("Councillor Brun called Lindqvist a coward in the debate.\nShe joined a group called Friends of the Harbour.");
        var q = Single(doc, "Lindqvist a coward");
        Assert.Equal("Councillor Brun", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Text(doc.Text).Contains("Friends of the Harbour", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_verb_after_a_comma_is_not_inverted()
    {
        var doc = AttributionRulesTests.Run("A new survey of ferry passengers, taken in March, shows fares rising faster than wages.");
        var q = Single(doc, "fares rising");
        Assert.Equal("shows", q.Cue.Text(doc.Text));
        Assert.DoesNotContain("fares", q.Speaker.Span?.Text(doc.Text) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void That_clause_opening_with_a_preposition_after_a_report_verb()
    {
        var doc = AttributionRulesTests.Run("The latest harbour poll shows that in the north, most boats are idle.");
        Assert.Equal("shows", Single(doc, "most boats are idle").Cue.Text(doc.Text));
    }
}
