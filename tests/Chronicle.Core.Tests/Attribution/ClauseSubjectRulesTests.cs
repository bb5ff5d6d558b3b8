using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Rules of the fifth 2026-12-03 session, each on a sentence of our own: whose clause a cue stands in.</summary>
public sealed class ClauseSubjectRulesTests
{
    [Fact]
    public void A_participle_after_a_preposition_in_a_relative_clause_belongs_to_the_relative_pronoun()
    {
        var doc = Run("\"Welcome home,\" Ada said to the harbour master, who opened the meeting by praising the volunteers who had cleared the quay.");
        var q = Single(doc, "the volunteers");
        Assert.Equal("praising", q.Cue.Text(doc.Text));
        Assert.Equal("who", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Ada", Single(doc, "Welcome home").Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("The levy, which the port's director, Ann Lee, called \"a political stunt,\" was paid in March.", "Ann Lee")]
    [InlineData("Given the council's efforts to collect -- which Ann Lee called ''a political stunt'' -- the port paid.", "Ann Lee")]
    public void A_relative_pronoun_before_the_subject_of_called_is_its_object_and_the_quotation_is_the_name(string sentence, string speaker)
    {
        var doc = Run(sentence);
        var q = Single(doc, "a political stunt");
        Assert.Equal("a political stunt", q.Span.Text(doc.Text));
        Assert.Equal("called", q.Cue.Text(doc.Text));
        Assert.EndsWith(speaker, q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void What_before_the_subject_of_called_leaves_the_name_to_the_clause_around_it()
    {
        var doc = Run("The council pledged new fines as a deterrence to what it called \"a threat to the harbour.\"");
        var q = Single(doc, "a deterrence");
        Assert.Equal("pledged", q.Cue.Text(doc.Text));
        Assert.Contains("a threat to the harbour", q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mayor is using what critics described as old tricks: delaying the vote and blaming the council.")]
    [InlineData("The mayor is using what critics described as old tricks, delaying the vote and blaming the council.")]
    public void What_a_subject_described_as_something_reports_the_judgement_not_what_follows_it(string sentence)
    {
        var doc = Run(sentence);
        var q = Single(doc, "old tricks");
        Assert.Equal("old tricks", q.Span.Text(doc.Text));
        Assert.Equal("critics", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Most boats need a licence, but the main test for a mooring is a \"proof of residence,\" as a council memo put it.", "the main test for a mooring is a \"proof of residence")]
    [InlineData("The harbour is slowly dying, as the mayor put it in a letter to residents.", "The harbour is slowly dying")]
    public void A_closing_as_someone_put_it_reports_the_clause_before_it(string sentence, string content)
    {
        var doc = Run(sentence);
        var q = Assert.Single(doc.Quotes, q => q.Cue.Text(doc.Text) == "put it");
        Assert.Equal(content, q.Span.Text(doc.Text));
    }

    [Theory]
    [InlineData("The ministry put the death toll at 40, while aid groups said it was higher.", "The ministry", "put the death toll at", "40")]
    [InlineData("The port authority puts the figure at $12 million, assuming no new dredging.", "The port authority", "puts the figure at", "$12 million, assuming no new dredging")]
    [InlineData("Analysts put its cost at about 3 percent of output.", "Analysts", "put its cost at", "about 3 percent of output")]
    public void Putting_a_figure_at_an_amount_is_an_estimate_of_the_subject(string sentence, string speaker, string cue, string content)
    {
        var doc = Run(sentence);
        var q = Assert.Single(doc.Quotes, q => q.Cue.Text(doc.Text) == cue);
        Assert.Equal(content, q.Span.Text(doc.Text));
        Assert.Equal(speaker, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Putting_a_thing_at_a_place_is_no_estimate()
    {
        var doc = Run("He put the book at the end of the shelf.");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("At the end of her song, she added the words, \"Vote for Lee.\"", "the words")]
    [InlineData("He added a note of caution, should the mayor return too soon.", "a note of caution")]
    public void Adding_words_or_a_note_reports_them(string sentence, string content)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal("added", q.Cue.Text(doc.Text));
        Assert.StartsWith(content, q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_things_reports_nothing()
    {
        Assert.Empty(Run("The club added two seats and a new line of boats to the board.").Quotes);
    }

    [Fact]
    public void A_verb_coordinated_after_a_semicolon_shares_the_subject_of_that_clause()
    {
        var doc = Run("Officials said the delay was chance; they learned of it on Friday and quickly disclosed the figures to reporters.");
        var q = Single(doc, "the figures");
        Assert.Equal("disclosed", q.Cue.Text(doc.Text));
        Assert.Equal("they", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Mrs. Lee has been frank in her acknowledgment that the harbour needs money.", "Mrs. Lee")]
    [InlineData("The mayor was blunt in his warning that the harbour needs money.", "The mayor")]
    public void A_possessive_in_an_adjunct_points_back_to_the_named_subject_who_holds_the_stance(string sentence, string speaker)
    {
        var doc = Run(sentence);
        Assert.Equal(speaker, Single(doc, "the harbour needs money").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_possessive_before_the_noun_with_no_adjunct_stays_the_speaker()
    {
        var doc = Run("After the vote, her acknowledgment that the harbour needs money surprised the council.");
        Assert.Equal("her", Single(doc, "the harbour needs money").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void An_infinitive_ends_before_and_with_a_new_subject()
    {
        var doc = Run("It is a game in which harbour firms seek to cut their debts and creditors look to maximize profits.");
        Assert.Equal("to cut their debts", Single(doc, "to cut their debts").Span.Text(doc.Text));
    }

    [Fact]
    public void Poll_shares_each_back_their_own_candidate()
    {
        var doc = Run("Among likely voters, 46 percent would choose Lee and 44 percent would back Hale, while 5 percent prefer Dunn.");
        Assert.Equal("Lee", Single(doc, "Lee").Span.Text(doc.Text));
        var hale = Single(doc, "Hale");
        Assert.Equal("Hale", hale.Span.Text(doc.Text));
        Assert.Equal("44 percent", hale.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Dunn", Single(doc, "Dunn").Span.Text(doc.Text));
    }

    [Theory]
    [InlineData("The mayor said the council and its allies will seek new funds for the harbour.", "the council and its allies will seek new funds for the harbour")]
    [InlineData("Voters recognize the danger that Lee and Hale have created for the harbour.", "the danger that Lee and Hale have created for the harbour")]
    public void A_clause_or_a_relative_clause_is_not_cut_at_and(string sentence, string content)
    {
        var doc = Run(sentence);
        Assert.Equal(content, Single(doc, content[..12]).Span.Text(doc.Text));
    }

    [Fact]
    public void A_subject_with_an_object_relative_clause_is_one_phrase()
    {
        var doc = Run("A slide from a presentation that Mr. Lee and his aides carry as they speak to business and political leaders shows what a ferry would cost.");
        Assert.Equal("A slide from a presentation that Mr. Lee and his aides carry as they speak to business and political leaders",
            Single(doc, "what a ferry would cost").Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("The two senators sent a letter on Thursday to harbour officials opposing the sale of the ferry.")]
    [InlineData("The two senators sent a letter to harbour officials opposing the sale of the ferry.")]
    public void A_participle_after_the_addressee_of_a_sent_letter_is_the_senders(string sentence)
    {
        var doc = Run(sentence);
        Assert.Equal("The two senators", Single(doc, "the sale of the ferry").Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Many came, including Ann Lee, who signed the legislation authorizing the harbour museum.", "the legislation authorizing the harbour museum")]
    [InlineData("On July 6, the two towns signed an agreement to share the ferry.", "an agreement to share the ferry")]
    public void Signing_a_law_or_an_accord_is_an_act(string sentence, string content)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal("signed", q.Cue.Text(doc.Text));
        Assert.Equal(content, q.Span.Text(doc.Text));
    }

    [Fact]
    public void Signing_for_a_parcel_is_no_act()
    {
        Assert.Empty(Run("The clerk signed the form at the desk and left.").Quotes);
    }

    [Fact]
    public void Including_ends_a_speaker_phrase()
    {
        var doc = Run("Many came, including Ann Lee, who criticized the plan for the harbour.");
        var q = Single(doc, "the plan for the harbour");
        Assert.Equal("Ann Lee", q.Speaker.Name);
    }

    [Fact]
    public void Plural_sources_before_a_for_phrase_act_in_the_past()
    {
        var doc = Run("A news channel first aired the video, and attorneys for the family released it to the harbour gazette.");
        var q = Single(doc, "the harbour gazette");
        Assert.Equal("released", q.Cue.Text(doc.Text));
        Assert.Equal("attorneys for the family", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("The port was fined, including a record $2 million penalty imposed by the Harbour Safety Board, for dumping oil.", "imposed", "a record $2 million penalty", "the Harbour Safety Board")]
    [InlineData("The plan is a mistake, said Ms. Lee (a view echoed by every captain I asked).", "echoed", "a view", "every captain I asked")]
    public void A_noun_with_an_act_in_the_past_participle_and_its_agent_is_the_agents_act(string sentence, string cue, string content, string agent)
    {
        var doc = Run(sentence);
        var q = Assert.Single(doc.Quotes, q => q.Cue.Text(doc.Text) == cue);
        Assert.Equal(content, q.Span.Text(doc.Text));
        Assert.Equal(agent, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_story_reported_by_a_paper_is_left_to_the_source_chain()
    {
        var doc = Run("The closure, first reported by the Harbour Gazette, surprised the crews.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "reported");
    }

    [Fact]
    public void A_document_published_by_an_outlet_is_no_act_of_its_own()
    {
        var doc = Run("In an interview published by the union's newsletter, Ann Lee said the port would close.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "published");
        Assert.Equal("Ann Lee", Single(doc, "the port would close").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_horizontal_bar_sets_off_an_aside_like_a_dash()
    {
        var doc = Run("The film \u2015 which weaves together the voices of pilots and dockers \u2015 explains the history of the harbour.");
        var q = Single(doc, "the history of the harbour");
        Assert.Equal("explains", q.Cue.Text(doc.Text));
        Assert.Equal("The film", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Being_asked_a_question_reports_the_question_without_a_source()
    {
        var doc = Run("Ronald Lee was once asked how the strike would end.");
        var q = Single(doc, "how the strike would end");
        Assert.Equal("asked", q.Cue.Text(doc.Text));
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void Being_asked_to_do_something_reports_no_question()
    {
        var doc = Run("Ronald Lee was asked to leave the harbour.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).StartsWith("how", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Many dockers felt betrayed when the mayor invited the firm to a meeting.", "betrayed when the mayor invited the firm to a meeting")]
    [InlineData("The crews feel angry about the new rota.", "angry about the new rota")]
    public void Feeling_a_named_state_is_an_attitude(string sentence, string content)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(content, q.Span.Text(doc.Text));
    }

    [Fact]
    public void Feeling_moved_by_something_or_feeling_well_is_no_attitude_report()
    {
        Assert.Empty(Run("The crews felt moved by the ceremony and felt well rested.").Quotes);
    }

    [Fact]
    public void A_relative_that_after_a_source_noun_with_an_auxiliary_names_the_noun_phrase()
    {
        var doc = Run("He took over debts from Walter Ferries, another shipping company that had declared bankruptcy.");
        var q = Single(doc, "bankruptcy");
        Assert.Equal("another shipping company", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Collectives_act_on_a_titled_object()
    {
        var doc = Run("In August, several harbour groups granted Mr. Dunn an extension on a court order.");
        var q = Single(doc, "an extension");
        Assert.Equal("granted", q.Cue.Text(doc.Text));
        Assert.Equal("several harbour groups", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Considering_a_titled_person_something_is_a_judgement()
    {
        var doc = Run("Initially, the regulators did not consider Mr. Dunn a realistic option.");
        Assert.Equal("Mr. Dunn a realistic option", Single(doc, "a realistic option").Span.Text(doc.Text));
    }

    [Fact]
    public void A_raising_passive_in_an_opening_clause_leaves_the_main_clause_its_own_report()
    {
        var doc = Run("Although the ferry is not thought to be able to cross the bay, it is considered a threat to the harbour.");
        Assert.Equal("to be able to cross the bay", Single(doc, "cross the bay").Span.Text(doc.Text));
        var judged = Single(doc, "a threat to the harbour");
        Assert.Equal("considered", judged.Cue.Text(doc.Text));
    }

    [Theory]
    [InlineData("Everything Hale says is a lie unless proven otherwise.", "Hale")]
    [InlineData("Nothing the mayor said was new.", "the mayor")]
    public void A_quantifier_before_the_subject_of_a_cue_is_its_object(string sentence, string speaker)
    {
        var doc = Run(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(sentence.Split(' ')[0], q.Span.Text(doc.Text));
        Assert.Equal(speaker, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_quantifier_after_the_cue_opens_the_reported_clause()
    {
        var doc = Run("Hale says everything is fine at the harbour.");
        Assert.Equal("everything is fine at the harbour", Assert.Single(doc.Quotes).Span.Text(doc.Text));
    }

    [Fact]
    public void A_report_in_an_opening_clause_ends_before_a_possessive_subject_and_its_verb()
    {
        var doc = Run("While a county judge found the rule unlawful, his decision was overturned by an appeals court.");
        Assert.Equal("the rule unlawful", Single(doc, "the rule").Span.Text(doc.Text));
        var q = Single(doc, "his decision");
        Assert.Equal("an appeals court", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Making_the_case_after_a_controlling_verb_reports_the_clause()
    {
        var doc = Run("The harbour board has promised a veto and attempted to make the case to both parties that the bill is a bad idea.");
        var q = Single(doc, "the bill is a bad idea");
        Assert.Equal("make the case", q.Cue.Text(doc.Text));
        Assert.Equal("The harbour board", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Plans_after_a_past_verb_are_a_noun_not_a_controller()
    {
        var doc = Run("Though he has heralded plans to go after the harbour levy, experts doubt it.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).Contains("heralded", StringComparison.Ordinal));
    }

    [Fact]
    public void Using_a_phrase_in_quotation_marks_reports_the_phrase()
    {
        var doc = Run("Hale has used the phrase \"harbour thieves\" often in his campaign.");
        var q = Single(doc, "harbour thieves");
        Assert.Equal("used the phrase", q.Cue.Text(doc.Text));
        Assert.Equal("Hale", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Using_a_ferry_reports_nothing()
    {
        Assert.Empty(Run("The crews used the ferry to cross the bay.").Quotes);
    }

    [Fact]
    public void Levels_desired_by_a_body_are_its_stance()
    {
        var doc = Run("Spending falls below the levels desired by the alliance.");
        var q = Single(doc, "the levels");
        Assert.Equal("the alliance", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_purpose_infinitive_after_going_on_a_tour_has_the_travellers_subject()
    {
        var doc = Run("She has gone on a cross-country tour to talk with harbour pilots about ways to mend relationships with residents.");
        var q = Single(doc, "ways to mend relationships");
        Assert.Equal("talk", q.Cue.Text(doc.Text));
        Assert.Equal("She", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_singular_noun_phrase_before_a_plain_form_makes_the_cue_its_head_noun()
    {
        Assert.Empty(Run("Title.\n\nA Curious Plan to Fight Harbour Silt: Buy Dredgers, Sell Sand.").Quotes);
    }

    [Fact]
    public void A_plural_subject_before_a_plain_form_and_to_is_still_a_clause()
    {
        var doc = Run("Local pilots plan to strike on Monday.");
        Assert.Equal("Local pilots", Single(doc, "to strike").Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Lee and Hale point out own credentials, each other's failings during harbour forum.", "Lee and Hale")]
    [InlineData("The pilots point out their own credentials.", "The pilots")]
    public void A_particle_after_a_plain_form_makes_it_a_verb(string sentence, string speaker)
    {
        var doc = Run(sentence);
        var q = Single(doc, "credentials");
        Assert.Equal("point out", q.Cue.Text(doc.Text));
        Assert.Equal(speaker, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Plural_office_holders_act_on_a_named_measure_in_quotation_marks()
    {
        var doc = Run("The two former mayors introduced the \u201cClean Harbour Act,\u201d which banned dumping.");
        var q = Single(doc, "Clean Harbour Act");
        Assert.Equal("introduced", q.Cue.Text(doc.Text));
        Assert.Equal("The two former mayors", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_party_tag_between_a_name_and_an_act_leaves_the_name_its_subject()
    {
        var doc = Run("The deal would be sealed if Gov. Ann Lee (D) appoints him as the first harbour master.");
        var q = Single(doc, "the first harbour master");
        Assert.Equal("appoints", q.Cue.Text(doc.Text));
        Assert.Equal("Ann Lee", q.Speaker.Name);
    }

    [Fact]
    public void Aiming_at_something_is_no_report_and_leaves_the_clause_to_the_verb_of_saying()
    {
        var doc = Run("A harbour union that led strikes aimed at driving the firm out of the port said Tuesday that the talks had failed.");
        var q = Single(doc, "the talks had failed");
        Assert.Equal("said", q.Cue.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, x => x.Cue.Text(doc.Text) == "aimed");
    }

    [Fact]
    public void Aiming_to_do_something_is_an_intention()
    {
        var doc = Run("The harbour board aims to rely less on federal money.");
        Assert.Equal("aims", Single(doc, "to rely less").Cue.Text(doc.Text));
    }

    [Theory]
    [InlineData("Mary Lee said the port was closed. He added that the mayor agreed.")]
    [InlineData("Mr. Lee said the port was closed. She added that the mayor agreed.")]
    public void A_pronoun_does_not_refer_back_to_a_speaker_of_the_other_gender(string text)
    {
        var doc = Run(text);
        var q = Single(doc, "the mayor agreed");
        Assert.Null(q.Speaker.Name);
        Assert.True(q.Speaker.Span!.Value.Text(doc.Text) is "He" or "She");
    }

    [Fact]
    public void A_pronoun_skips_a_speaker_of_the_other_gender_for_the_one_before()
    {
        var doc = Run("John Hale said the port was open. The spokeswoman, Ann Dunn, said it was closed. \"I love the harbour,\" he said.");
        Assert.Equal("John Hale", Single(doc, "I love the harbour").Speaker.Name);
    }

    [Fact]
    public void A_pronoun_takes_the_last_speaker_when_nothing_states_a_gender()
    {
        var doc = Run("Kim Dunn said the port was open. She added that the ferry would sail.");
        Assert.Equal("Kim Dunn", Single(doc, "the ferry would sail").Speaker.Name);
    }

    [Theory]
    [InlineData("Initially, state regulators did not consider Mr. Dunn a realistic option.", "state regulators")]
    [InlineData("In September, some state officials praised the harbour plan.", "some state officials")]
    public void A_base_form_before_a_source_noun_is_part_of_the_speaker(string sentence, string speaker)
    {
        var doc = Run(sentence);
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_verb_before_its_object_is_no_modifier_of_the_next_speaker()
    {
        var doc = Run("The mayor warned officials that the harbour would flood.");
        Assert.Equal("The mayor", Single(doc, "the harbour would flood").Speaker.Span!.Value.Text(doc.Text));
    }
}
