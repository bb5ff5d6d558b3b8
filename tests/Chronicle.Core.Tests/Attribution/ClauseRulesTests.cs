using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Rules on clause edges (trails after a quotation, negated auxiliaries, coordinated cues), each on a sentence of our own.</summary>
public sealed class ClauseRulesTests
{
    private static string SpeakerText(AnnotatedArticle doc, Quote q) => q.Speaker.Span!.Value.Text(doc.Text);

    [Theory]
    [InlineData("\u201CWe will not sell the pier,\u201D Marta Lind said sarcastically.")]
    [InlineData("\u201CWe will not sell the pier,\u201D Marta Lind said then.")]
    [InlineData("\u201CWe will not sell the pier,\u201D Marta Lind said at a meeting of the harbour board on Tuesday evening.")]
    public void Adjunct_after_a_quotation_cue_is_no_content(string sentence)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("We will not sell the pier", q.Span.Text(doc.Text));
        Assert.Equal("Marta Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Negated_auxiliary_between_subject_and_cue()
    {
        var doc = AttributionRulesTests.Run("The ferry operator doesn\u2019t think the new timetable will last the winter.");
        var q = Single(doc, "new timetable will last");
        Assert.Equal("The ferry operator", SpeakerText(doc, q));
    }

    [Fact]
    public void Cue_coordinated_with_but_takes_the_first_subject()
    {
        var doc = AttributionRulesTests.Run("Mayor Ilse Varn has urged the villages to share a fire brigade but has said she will not force a merger.");
        var first = Single(doc, "share a fire brigade");
        Assert.DoesNotContain("but", first.Span.Text(doc.Text), StringComparison.Ordinal);
        var second = Single(doc, "will not force a merger");
        Assert.Equal("said", second.Cue.Text(doc.Text));
        Assert.Equal("Mayor Ilse Varn", SpeakerText(doc, second));
    }

    [Fact]
    public void Public_act_with_its_actor_and_object_is_an_attribution()
    {
        var doc = AttributionRulesTests.Run("The harbour council vetoed the new mooring fees after a long debate.");
        var q = Single(doc, "new mooring fees");
        Assert.Equal("vetoed", q.Cue.Text(doc.Text));
        Assert.Equal("The harbour council", SpeakerText(doc, q));
    }

    [Fact]
    public void Public_act_without_an_object_is_no_attribution()
    {
        var doc = AttributionRulesTests.Run("A survey released on Monday shows most fishermen oppose the fees.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "released");
    }

    [Theory]
    [InlineData("The ferry captain is doubling down on his complaints about the new quay.", "doubling down on")]
    [InlineData("The ferry captain has gone after the harbour master over the new quay.", "gone after")]
    [InlineData("The ferry captain took aim at the plans for a new quay.", "took aim at")]
    [InlineData("The ferry captain broke with the harbour board on the new quay.", "broke with")]
    public void Phrasal_stance_verb_is_a_cue_with_its_whole_tail(string sentence, string cue)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(cue, q.Cue.Text(doc.Text));
        Assert.Equal("The ferry captain", SpeakerText(doc, q));
    }

    [Fact]
    public void Phrasal_verb_without_its_tail_is_no_cue()
    {
        var doc = AttributionRulesTests.Run("The ferry captain went to the harbour office on Monday.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_verb_opens_no_speaker_phrase()
    {
        var doc = AttributionRulesTests.Run("The auditors could not resist pointing out that the ledger had two blank pages.");
        var q = Single(doc, "ledger had two blank pages");
        Assert.NotEqual("resist", SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("The ferry captain responded in a calm voice.")]
    [InlineData("The quarterly fee declined by four percent last year.")]
    public void Place_or_manner_adjunct_after_a_cue_is_no_content(string sentence)
    {
        var doc = AttributionRulesTests.Run(sentence);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Adjunct_before_a_clause_stays_in_the_content()
    {
        var doc = AttributionRulesTests.Run("The latest harbour survey shows that in a close contest, Lind leads Berg by six points.");
        var q = Single(doc, "Lind leads Berg");
        Assert.Equal("shows", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Noun_like_cue_word_inside_a_title_is_part_of_the_speaker()
    {
        var doc = AttributionRulesTests.Run("\u201CThe ferry will run all winter,\u201D Harbour Board press secretary Ola Dahl said at a briefing on Monday.");
        var q = Single(doc, "ferry will run all winter");
        Assert.EndsWith("Ola Dahl", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lind complained about the ferry on Sunday, even suggesting it may have been sabotaged.")]
    [InlineData("Lind called the old harbour master a \u201Cstrong leader,\u201D suggesting it may have been sabotaged.")]
    public void Participle_after_an_adverb_or_a_closing_quotation_mark(string sentence)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Single(doc, "may have been sabotaged");
        Assert.Equal("suggesting", q.Cue.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Cue_in_a_restrictive_relative_clause_inside_reported_words_reports_nothing()
    {
        var doc = AttributionRulesTests.Run("Captain Berg mocked the complaint, saying anybody who complains about the tide is not a real sailor.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "complains");
        var q = Single(doc, "is not a real sailor");
        Assert.Equal("saying", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Noun_like_cue_coordinated_with_an_earlier_cue_takes_its_subject()
    {
        var doc = AttributionRulesTests.Run("Lind proposes doing away with the ferry fee, and plans to cut the harbour dues.");
        var q = Single(doc, "cut the harbour dues");
        Assert.Equal("plans", q.Cue.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
        Assert.DoesNotContain("plans", Single(doc, "ferry fee").Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Strong_feeling_verb_reports_a_stance()
    {
        var doc = AttributionRulesTests.Run("Most of the dockworkers despise the new shift rota.");
        var q = Single(doc, "new shift rota");
        Assert.Equal("despise", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Outer_report_is_kept_when_its_content_quotes_a_few_words()
    {
        var doc = AttributionRulesTests.Run("The mayor says it shows that the ferry company is \u201Cunfit to run a rowing boat.\u201D");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("says", q.Cue.Text(doc.Text));
        Assert.Equal("The mayor", SpeakerText(doc, q));
    }

    [Fact]
    public void Subject_pronoun_is_the_whole_speaker_phrase()
    {
        var doc = AttributionRulesTests.Run("It is the one fee he refused to pay last year.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("he", SpeakerText(doc, q));
    }

    [Fact]
    public void Adjunct_before_an_inner_speaker_belongs_to_the_outer_cue()
    {
        var doc = AttributionRulesTests.Run("Lind said after the meeting he would not accept the offer.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("he would not accept the offer", q.Span.Text(doc.Text));
        Assert.Equal("said", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Speech_participle_after_a_prepositional_phrase_takes_the_sentence_subject()
    {
        var doc = AttributionRulesTests.Run("Lind spoke at a news conference announcing that the ferry would run all winter.");
        var q = Single(doc, "ferry would run");
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("The ferry plan was first reported by The Harbour Gazette.", "The Harbour Gazette", "The ferry plan")]
    [InlineData("Lind, meanwhile, is supported by most of the captains.", "most of the captains", "Lind")]
    public void Passive_with_an_agent_after_an_adverb_or_a_parenthetical(string sentence, string speaker, string content)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(speaker, SpeakerText(doc, q));
    }

    [Fact]
    public void Infinitive_after_a_time_adjunct_is_the_content()
    {
        var doc = AttributionRulesTests.Run("The board decided after a long debate not to raise the mooring fee.");
        var q = Single(doc, "to raise the mooring fee");
        Assert.Equal("The board", SpeakerText(doc, q));
    }

    [Fact]
    public void What_before_the_subject_is_the_object_of_the_cue()
    {
        var doc = AttributionRulesTests.Run("That was what Lind said when she resigned from the board.");
        var q = Single(doc, "what");
        Assert.Equal("what", q.Span.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("The harbour master's conclusion that the quay is unsafe was rejected.", "The harbour master's")]
    [InlineData("Fishermen's eagerness to sell the catch early surprised nobody.", "Fishermen's")]
    public void Possessive_stance_noun_with_a_clause_is_an_attribution(string sentence, string speaker)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith(speaker.TrimEnd('s').TrimEnd('\''), SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Source_noun_before_a_stance_noun_is_its_source()
    {
        var doc = AttributionRulesTests.Run("Despite media pronouncements that the ferry had sunk, it arrived on time.");
        var q = Single(doc, "the ferry had sunk");
        Assert.Equal("media", SpeakerText(doc, q));
    }

    [Fact]
    public void Stance_noun_after_with_takes_the_clause_subject()
    {
        var doc = AttributionRulesTests.Run("Lind then peppered the captain with attacks on his record at sea.");
        var q = Single(doc, "his record at sea");
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Transcript_turn_is_one_attribution_of_the_whole_paragraph()
    {
        const string text = "Harbour interview\n\n\"HOST: Let me ask you about the ferry. Do you think it will run this winter?\n\n"
            + "\"LIND: Well, I think it will. The captains know the route and I want the town to trust them.\n";
        var doc = AttributionRulesTests.Run(text);
        var turn = Single(doc, "Well, I think it will");
        Assert.Equal("LIND", SpeakerText(doc, turn));
        Assert.Equal(":", turn.Cue.Text(doc.Text));
        Assert.Contains("trust them", turn.Span.Text(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) is "think" or "want" or "know");
    }

    [Fact]
    public void Singular_subject_before_an_s_form_and_an_object_makes_a_clause()
    {
        var doc = AttributionRulesTests.Run("The skipper disputes the claim that the boat was overloaded.");
        var q = Single(doc, "boat was overloaded");
        Assert.Equal("disputes", q.Cue.Text(doc.Text));
        Assert.Equal("The skipper", SpeakerText(doc, q));
    }

    [Fact]
    public void Headline_attack_verb_is_a_cue()
    {
        var doc = AttributionRulesTests.Run("Fishermen Rip Harbour Board Over New Mooring Fees\n\nThe fees start in May.");
        var q = Single(doc, "Harbour Board");
        Assert.Equal("Rip", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Stance_noun_inside_a_verb_report_is_part_of_its_content()
    {
        var doc = AttributionRulesTests.Run("The skipper took offense at suggestions that the boat was overloaded.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("took offense at", q.Cue.Text(doc.Text));
        Assert.Equal("The skipper", SpeakerText(doc, q));
        Assert.StartsWith("suggestions that", q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It was clear that the ferry would not run before spring.")]
    [InlineData("Nor is it obvious that the ferry would not run before spring.")]
    public void Evidential_judgement_with_expletive_it_has_no_source(string sentence)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Single(doc, "ferry would not run");
        Assert.Null(q.Speaker.Span);
    }

    [Theory]
    [InlineData("The senator forced the bank chief to admit that nobody had been fired.", "the bank chief", "nobody had been fired")]
    [InlineData("The storm has led the harbour master to fear a \u201Csecond flood.\u201D", "the harbour master", "second flood")]
    public void Object_of_a_control_verb_is_the_speaker_of_the_infinitive(string sentence, string speaker, string content)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(speaker, SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("The captains despised him.", "him")]
    [InlineData("The harbour master doesn't think so.", "so")]
    public void Pronoun_object_or_so_closing_the_clause_is_the_content(string sentence, string content)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(content, q.Span.Text(doc.Text));
    }

    [Fact]
    public void Possessive_before_a_noun_is_no_pronoun_object()
    {
        var doc = AttributionRulesTests.Run("The captains despised her plan for the quay.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("her plan", q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_share_before_a_preference_verb_is_the_source()
    {
        var doc = AttributionRulesTests.Run("In the harbour survey, 5 percent prefer Dahl and the rest have no view.");
        var q = Single(doc, "Dahl");
        Assert.Equal("prefer", q.Cue.Text(doc.Text));
        Assert.Equal("5 percent", SpeakerText(doc, q));
    }

    [Fact]
    public void Noun_like_cue_before_a_finite_verb_is_a_subject()
    {
        var doc = AttributionRulesTests.Run("The court ruling could decide the future of the harbour.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Relative_clause_report_keeps_its_verb()
    {
        var doc = AttributionRulesTests.Run("The board returned donations that Lind said were tied to favours.");
        var q = Single(doc, "were tied to favours");
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Outlet_has_learned_closes_a_postposed_frame()
    {
        var doc = AttributionRulesTests.Run("The ferry captain left the harbour without his crew, The Gazette has learned.");
        var q = Single(doc, "ferry captain left");
        Assert.Equal("learned", q.Cue.Text(doc.Text));
        Assert.Equal("The Gazette", SpeakerText(doc, q));
    }

    [Fact]
    public void Object_of_an_act_ends_before_a_subordinate_clause()
    {
        var doc = AttributionRulesTests.Run("The harbour board called the hearing because its members felt the ferry company was hiding its accounts.");
        var called = Single(doc, "the hearing");
        Assert.Equal("the hearing", called.Span.Text(doc.Text));
        var felt = Single(doc, "ferry company was hiding");
        Assert.Equal("felt", felt.Cue.Text(doc.Text));
    }

    [Fact]
    public void Object_and_infinitive_after_warn()
    {
        var doc = AttributionRulesTests.Run("The coast guard warned Harbour Lines to keep its ferries in port.");
        var q = Single(doc, "to keep its ferries in port");
        Assert.Equal("The coast guard", SpeakerText(doc, q));
    }

    [Fact]
    public void Blame_on_is_a_cue_like_blame_for()
    {
        var doc = AttributionRulesTests.Run("Lind attacked the port managers and blamed the delays on poor planning.");
        var q = Single(doc, "the delays on poor planning");
        Assert.Equal("blamed", q.Cue.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Phrasal_cue_coordinated_with_but_takes_the_first_subject()
    {
        var doc = AttributionRulesTests.Run("Lind described the storm as a disaster, but stopped short of blaming the council.");
        var q = Single(doc, "blaming the council");
        Assert.Equal("stopped short of", q.Cue.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
        Assert.Equal("the storm as a disaster", Single(doc, "storm").Span.Text(doc.Text));
    }

    [Fact]
    public void Speaker_with_a_prepositional_phrase_after_a_quotation()
    {
        var doc = AttributionRulesTests.Run("\u201CWho will pay for the new quay?\u201D a narrator in the union\u2019s radio ad asks.");
        var q = Single(doc, "Who will pay");
        Assert.Equal("a narrator in the union\u2019s radio ad", SpeakerText(doc, q));
    }

    [Fact]
    public void Document_reads_closes_a_quotation_but_read_is_no_cue_elsewhere()
    {
        var doc = AttributionRulesTests.Run("\u201CWe want the ferry back,\u201D the petition reads.");
        Assert.Equal("the petition", SpeakerText(doc, Single(doc, "ferry back")));
        Assert.Empty(AttributionRulesTests.Run("Lind read the petition aloud to the board.").Quotes);
    }

    [Fact]
    public void Reported_inverts_before_a_named_outlet()
    {
        var doc = AttributionRulesTests.Run("The ferry lost money for a third year, reported Harbour Radio.");
        var q = Single(doc, "ferry lost money");
        Assert.Equal("Harbour Radio", SpeakerText(doc, q));
    }

    [Theory]
    [InlineData("Some captains were willing to go forward with a smaller plan.", "go forward with a smaller plan", "Some captains")]
    [InlineData("The captains weren't too concerned about the new timetable.", "the new timetable", "The captains")]
    public void Stance_adjective_with_an_infinitive_or_after_a_negated_be(string sentence, string content, string speaker)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(speaker, SpeakerText(doc, q));
    }

    [Fact]
    public void Possessive_stance_noun_with_is_that()
    {
        var doc = AttributionRulesTests.Run("The mayor's bet is that the new quay will pay for itself.");
        var q = Single(doc, "new quay will pay");
        Assert.StartsWith("The mayor", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_in_a_poll_is_the_source_of_the_clause()
    {
        var doc = AttributionRulesTests.Run("In the latest harbour poll, Lind leads Berg by six points.");
        var q = Single(doc, "Lind leads Berg");
        Assert.Equal("In", q.Cue.Text(doc.Text));
        Assert.Equal("the latest harbour poll", SpeakerText(doc, q));
    }

    [Fact]
    public void Opening_in_a_report_leaves_a_clause_with_its_own_cue_alone()
    {
        var doc = AttributionRulesTests.Run("In the wake of the audit report, the mayor said the budget was balanced.");
        var q = Single(doc, "budget was balanced");
        Assert.Equal("said", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Opening_participle_clause_takes_the_subject_after_its_comma()
    {
        var doc = AttributionRulesTests.Run("In defending himself and his record, Lind offered a rare look at his business.");
        var q = Single(doc, "himself and his record");
        Assert.Equal("defending", q.Cue.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Opening_subordinate_clause_content_ends_at_its_comma()
    {
        var doc = AttributionRulesTests.Run("As Lind talked about bringing the villages together, Berg highlighted his message that the port needs order.");
        var first = Single(doc, "villages together");
        Assert.EndsWith("together", first.Span.Text(doc.Text), StringComparison.Ordinal);
        Assert.Equal("Berg", SpeakerText(doc, Single(doc, "port needs order")));
    }

    [Fact]
    public void Single_name_object_survives_a_cut_before_a_relative_report()
    {
        var doc = AttributionRulesTests.Run("Ted Lindqvist endorses Berg, who says he is honored.");
        Assert.Equal("Berg", Single(doc, "Berg").Span.Text(doc.Text));
        Assert.Equal("says", Single(doc, "he is honored").Cue.Text(doc.Text));
    }

    [Theory]
    [InlineData("Lind on Harbour Fees: The Rise Is Far Too Steep", "Lind")]
    [InlineData("A Lesson From Ingrid Lind: Always Check the Tide Tables First", "Ingrid Lind")]
    public void Headline_colon_with_on_or_from_names_the_speaker(string headline, string speaker)
    {
        var doc = AttributionRulesTests.Run(headline + "\n\nThe harbour board meets on Monday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(":", q.Cue.Text(doc.Text));
        Assert.Equal(speaker, SpeakerText(doc, q));
    }

    [Fact]
    public void Editorial_label_before_a_colon_is_no_speaker()
    {
        var doc = AttributionRulesTests.Run("The Latest: Ferry Fees Rise Again in the Harbour\n\nThe harbour board meets on Monday.");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("The captain took questions to the harbour master after the meeting.")]
    [InlineData("Demand for thermal coal has fallen sharply this year.")]
    [InlineData("Shortly after assuming his post, the harbour master left for a week.")]
    public void Addressee_market_and_take_office_readings_are_no_attribution(string sentence)
    {
        var doc = AttributionRulesTests.Run(sentence);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Cannot_is_no_speaker()
    {
        var doc = AttributionRulesTests.Run("The harbour master cannot defend his own record on the quay.");
        var q = Single(doc, "his own record");
        Assert.Equal("The harbour master", SpeakerText(doc, q));
    }

    [Fact]
    public void Sentence_opening_participle_takes_the_subject_after_its_comma()
    {
        var doc = AttributionRulesTests.Run("Citing an old harbour map, Lind repeatedly accused the board of moving the quay.");
        var q = Single(doc, "an old harbour map");
        Assert.Equal("Citing", q.Cue.Text(doc.Text));
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Adding_with_a_pronoun_clause_reports_speech()
    {
        var doc = AttributionRulesTests.Run("\u201CIt was personal,\u201D he said, adding he would never vote for Berg.");
        var q = Single(doc, "never vote for Berg");
        Assert.Equal("adding", q.Cue.Text(doc.Text));
    }

    [Theory]
    [InlineData("A document on the campaign's website states that the fee will rise.", "A document on the campaign's website")]
    [InlineData("Polling averages show Lind with a small lead.", "Polling averages")]
    public void Document_subjects_before_report_verbs(string sentence, string speaker)
    {
        var doc = AttributionRulesTests.Run(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(speaker, SpeakerText(doc, q));
    }

    [Fact]
    public void Subject_with_a_participle_phrase_runs_from_the_sentence_start()
    {
        var doc = AttributionRulesTests.Run("Fishermen marching through the streets chanted \"What fee?\" and kept going.");
        var q = Single(doc, "What fee");
        Assert.Equal("Fishermen marching through the streets", SpeakerText(doc, q));
    }

    [Fact]
    public void Prepositional_phrase_after_an_inverted_cue_is_no_speaker()
    {
        var doc = AttributionRulesTests.Run("\"This is a big year for the harbour!\" Lind's niece, Marta Lind, shouted to the crowd.");
        var q = Single(doc, "big year for the harbour");
        Assert.DoesNotContain("crowd", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void What_he_called_stays_inside_the_outer_report()
    {
        var doc = AttributionRulesTests.Run("The mayor condemned what he called a \"brazen breach\" of the harbour rules.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("condemned", q.Cue.Text(doc.Text));
        Assert.Equal("The mayor", SpeakerText(doc, q));
    }

    [Fact]
    public void Home_town_appositive_keeps_the_name()
    {
        var doc = AttributionRulesTests.Run("Ole Berg, of Tromsø, Norway, said he had fought for the harbour.");
        var q = Single(doc, "fought for the harbour");
        Assert.StartsWith("Ole Berg", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Made_it_clear_is_a_cue_and_keeps_the_misgivings_inside()
    {
        var doc = AttributionRulesTests.Run("The admiral made it clear that he had major misgivings about the fleet.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("made it clear", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Has_no_illusions_about_reports_a_stance()
    {
        var doc = AttributionRulesTests.Run("Lind has no illusions about the threat to the harbour.");
        var q = Single(doc, "threat to the harbour");
        Assert.Equal("Lind", SpeakerText(doc, q));
    }

    [Fact]
    public void Governed_stance_noun_after_such_takes_the_clause_subject()
    {
        var doc = AttributionRulesTests.Run("Many older fishermen have had such reservations about the new quay.");
        var q = Single(doc, "the new quay");
        Assert.Equal("Many older fishermen", SpeakerText(doc, q));
    }

    [Fact]
    public void Be_against_reports_a_stance()
    {
        var doc = AttributionRulesTests.Run("The captains are firmly against the new fee.");
        var q = Single(doc, "the new fee");
        Assert.Equal("against", q.Cue.Text(doc.Text));
        Assert.Equal("The captains", SpeakerText(doc, q));
    }

    [Fact]
    public void It_appeared_that_has_no_source()
    {
        var doc = AttributionRulesTests.Run("It appeared that the ferry was unable to dock in the storm.");
        var q = Single(doc, "ferry was unable to dock");
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void Stance_noun_after_a_governing_verb_and_an_article()
    {
        var doc = AttributionRulesTests.Run("In May, the harbour board made a surprise decision to close the quay.");
        var q = Single(doc, "close the quay");
        Assert.Equal("the harbour board", SpeakerText(doc, q));
    }

    [Fact]
    public void Participle_subject_skips_an_opening_quotation()
    {
        var doc = AttributionRulesTests.Run("\u201CKeep your hands in sight,\u201D Lind sings to the crowd before asking them, \u201CWhere do we go from here?\u201D");
        var q = Single(doc, "Where do we go");
        Assert.StartsWith("Lind", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_that_faced_criticism_is_not_its_source()
    {
        var doc = AttributionRulesTests.Run("The harbour master has faced sharp criticism for failing to repair the quay.");
        var q = Single(doc, "failing to repair the quay");
        Assert.Null(q.Speaker.Span);
    }
}
