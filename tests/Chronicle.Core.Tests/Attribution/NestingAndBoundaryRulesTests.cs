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

    [Fact]
    public void Infinitive_cue_after_a_controlling_cue_is_part_of_its_content()
    {
        var doc = Run("The governor refused to discuss the appointees. The council plans to call on residents to save water.");
        Assert.Equal("refused", Single(doc, "to discuss the appointees").Cue.Text(doc.Text));
        Assert.Equal("plans", Single(doc, "to call on residents").Cue.Text(doc.Text));
    }

    [Fact]
    public void Gerund_after_aside_from_reports_for_the_sentence_subject()
    {
        var doc = Run("The governor refused to discuss the appointees, aside from saying he wants a diverse delegation.");
        var q = Single(doc, "he wants a diverse delegation");
        Assert.Equal("saying", q.Cue.Text(doc.Text));
        Assert.Equal("The governor", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain("aside", Single(doc, "the appointees").Span.Text(doc.Text), StringComparison.Ordinal);
        var two = Run("Reyes has said ten people applied, but she refuses to name them, aside from saying they are local.");
        Assert.Equal("she", Single(two, "they are local").Speaker.Span!.Value.Text(two.Text));
    }

    [Fact]
    public void Second_predicate_after_yet_is_not_the_object_but_a_report_of_the_same_subject()
    {
        var doc = Run("The mayor demands accountability from the board, yet refuses to release her own calendar.");
        Assert.Equal("accountability from the board", Single(doc, "accountability").Span.Text(doc.Text));
        var q = Single(doc, "her own calendar");
        Assert.Equal("refuses", q.Cue.Text(doc.Text));
        Assert.Equal("The mayor", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Coordinated_verb_inside_a_reported_clause_stays_in_the_content()
    {
        var doc = Run("The minister said the plan would cost more, but would save lives.");
        Assert.Contains("save lives", Single(doc, "the plan would cost more").Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void He_or_she_skips_a_state_quoted_in_between()
    {
        var doc = Run("Dana Whitfield, the harbour master, said the quay was safe. Iraq said the port would stay shut. She added that the fees would rise.");
        Assert.Equal("Dana Whitfield", Single(doc, "the fees would rise").Speaker.Name);
    }

    [Fact]
    public void He_or_she_takes_the_person_opening_its_sentence_outside_the_content()
    {
        var doc = Run("Iraq said the port would stay shut. Dana Whitfield met the pilots at the quay, during which she said that fees would rise.");
        Assert.Equal("Dana Whitfield", Single(doc, "fees would rise").Speaker.Name);
        var inside = Run("Tom Berg said the port was closing. Dana Whitfield will lead the new board, he added.");
        Assert.Equal("Tom Berg", Single(inside, "will lead the new board").Speaker.Name);
    }

    [Fact]
    public void He_or_she_with_no_person_speaker_nearby_takes_the_person_just_described()
    {
        var doc = Run("The union said the strike was over. The crowd waited in the rain near a senior official as he read the text. He said the deal was fair.");
        Assert.Equal("a senior official", Single(doc, "the deal was fair").Speaker.Description);
    }

    [Fact]
    public void Stance_adjective_in_an_absolute_phrase_after_with_belongs_to_its_noun_phrase()
    {
        var doc = Run("With port managers increasingly worried about a shortage of pilots, the council raised wages.");
        var q = Single(doc, "a shortage of pilots");
        Assert.Equal("port managers", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Interested_in_is_a_stance_and_a_coordinated_past_verb_ends_its_content()
    {
        var doc = Run("Ana Ruiz became interested in tidal energy and began raising money for a pilot plant.");
        var q = Single(doc, "tidal energy");
        Assert.Equal("tidal energy", q.Span.Text(doc.Text));
        Assert.Equal("Ana Ruiz", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Subject_opening_with_a_and_a_plural_after_of_speaks_for_a_participle()
    {
        var doc = Run("A group of pilots in 2024 sent a letter to the board, calling for his resignation.");
        var q = Single(doc, "his resignation");
        Assert.Equal("A group of pilots", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Mind_verbs_take_embedded_questions_and_judged_objects()
    {
        var doc = Run("Regulators didn't know what to make of the new owner. I cannot fathom how the board escaped charges. State regulators did not consider the buyer a realistic option.");
        Assert.Equal("know", Single(doc, "what to make of").Cue.Text(doc.Text));
        Assert.Equal("fathom", Single(doc, "how the board escaped").Cue.Text(doc.Text));
        Assert.Equal("consider", Single(doc, "the buyer a realistic option").Cue.Text(doc.Text));
    }

    [Fact]
    public void Would_like_to_is_a_wish_and_like_alone_is_no_cue()
    {
        var doc = Run("The campaign would like to organize another rally next month. Ports like Antwerp handle more ships.");
        Assert.Equal("like", Single(doc, "to organize another rally").Cue.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("Antwerp", StringComparison.Ordinal));
    }

    [Fact]
    public void Convinced_and_not_sure_are_states_of_mind()
    {
        var doc = Run("The dockers are convinced the port will close. The pilots weren't sure if the ban would last.");
        Assert.Equal("The dockers", Single(doc, "the port will close").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The pilots", Single(doc, "the ban would last").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void First_and_second_person_outside_quotes_refer_to_no_earlier_speaker()
    {
        var doc = Run("The mayor said the port was safe. I cannot fathom how the board escaped charges. He added that fees would rise.");
        var mine = Single(doc, "how the board escaped");
        Assert.Null(mine.Speaker.Name);
        Assert.Equal("I", mine.Speaker.Description);
        Assert.Equal("The mayor", Single(doc, "fees would rise").Speaker.Description);
    }

    [Fact]
    public void They_refers_back_to_a_group_not_to_one_person()
    {
        var doc = Run("Dock workers said the strike would go on. Ana Ruiz said the talks had failed. They added that pay was the issue.");
        Assert.Equal("Dock workers", Single(doc, "pay was the issue").Speaker.Name ?? Single(doc, "pay was the issue").Speaker.Description);
    }

    [Fact]
    public void A_cut_content_ending_in_an_article_is_dropped()
    {
        var doc = Run("The president said he would consider it a \"personal insult\" if voters stayed home.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "it a");
    }

    [Fact]
    public void Role_noun_subject_makes_an_s_form_a_verb()
    {
        var doc = Run("Former harbour chairman calls for port contingency plan.");
        var q = Single(doc, "port contingency plan");
        Assert.Equal("Former harbour chairman", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Clause_after_an_inverted_cue_is_no_speaker()
    {
        var doc = Run("Acts of protest, the senator said, are patriotic, as a dock worker, lying on the quay, said before he died.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text).StartsWith("before", StringComparison.Ordinal));
        Assert.Equal("the senator", Single(doc, "Acts of protest").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Letter_sent_to_someone_urging_speaks_for_its_sender()
    {
        var doc = Run("A group of ferry pilots sent a letter to the harbour board urging it to reconsider the fees.");
        var q = Single(doc, "to reconsider the fees");
        Assert.Equal("A group of ferry pilots", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Attitude_noun_with_no_holder_reports_nothing_but_a_speech_act_noun_does()
    {
        var doc = Run("There are views of the new harbour fees in every town. There was criticism of the new harbour fees in every town. Her views of the new harbour fees are well known.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text).StartsWith("views", StringComparison.Ordinal) && q.Speaker.Span is null);
        Assert.Equal("criticism of", Single(doc, "fees in every town").Cue.Text(doc.Text));
        Assert.Equal("Her", Single(doc, "fees are well known").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Act_inside_reported_speech_is_part_of_the_words()
    {
        var doc = Run("The mayor said the ministry investigated her role in the ferry contract.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("said", q.Cue.Text(doc.Text));
        Assert.Equal("the ministry investigated her role in the ferry contract", q.Span.Text(doc.Text));
    }

    [Fact]
    public void Saying_after_a_relative_report_is_the_main_subject_s_and_ends_the_relative_content()
    {
        var doc = Run("Lind was defensive about a builder who said he was stiffed after the job, saying, \"Maybe he did not do a good job.\"");
        var relative = Single(doc, "he was stiffed");
        Assert.Equal("he was stiffed after the job", relative.Span.Text(doc.Text));
        Assert.False(relative.Direct);
        var quote = Single(doc, "Maybe he did not");
        Assert.Equal("saying", quote.Cue.Text(doc.Text));
        Assert.Equal("Lind", quote.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void That_before_a_verb_is_a_relative_pronoun_not_a_complement()
    {
        var doc = Run("The board adopted a raft of new emissions rules that promise to transform the port. The mayor faces a dozen towns that oppose the new fees.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "rules");
        var q = Single(doc, "the new fees");
        Assert.Equal("oppose", q.Cue.Text(doc.Text));
        Assert.Equal("a dozen towns", q.Speaker.Span!.Value.Text(doc.Text));
        var attacks = Run("The adviser stressed the need to respond to any attacks that threaten the port.");
        Assert.DoesNotContain(attacks.Quotes, x => x.Speaker.Span is { } sp && sp.Text(attacks.Text).Contains("attacks", StringComparison.Ordinal));
    }

    [Fact]
    public void Object_pronoun_after_a_cue_is_never_an_inverted_speaker()
    {
        var doc = Run("His former partner at the yard, Lawrence Boyd, called him a master at impossible deals.");
        var q = Single(doc, "a master at impossible deals");
        Assert.Contains("Lawrence Boyd", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Regarding_and_a_committee_hearing_are_no_cues()
    {
        var doc = Run("Statements by the mayor regarding dock wages were treated differently. The chairman spoke after the pilot skipped the second committee hearing he was called to.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) is "regarding" or "hearing");
    }

    [Fact]
    public void Colon_closing_a_paragraph_introduces_the_quotation_opening_the_next()
    {
        var doc = Run("On July 6, 2015, Berg made the following comment about the fees:\n\u201CThe fees are too high for the small ferries and the fishing boats.\u201D");
        var q = Single(doc, "The fees are too high");
        Assert.Equal("Berg", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.True(q.Direct);
    }

    [Fact]
    public void Inverted_cue_opening_a_sentence_names_the_speaker_of_the_quotation_after_it()
    {
        var doc = Run("Said Ana Ruiz: \u201CI don't think the board cares about the ferries.\u201D");
        var q = Single(doc, "the board cares");
        Assert.Equal("Said", q.Cue.Text(doc.Text));
        Assert.Equal("Ana Ruiz", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_day_or_a_verb_and_its_object_is_never_a_speaker()
    {
        var doc = Run("The chief executive tried on Tuesday to make the case that this was a few bad apples. The bank established a policy urging employees to report abuses.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text) is "Tuesday" or "established a policy");
    }

    [Fact]
    public void Relative_clause_without_that_stays_in_the_speaker()
    {
        var doc = Run("On fees, all the pilots I interviewed said the new tariff would hurt small ferries.");
        Assert.Equal("all the pilots I interviewed", Single(doc, "the new tariff would hurt").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Closing_according_to_covers_its_own_clause_after_a_semicolon()
    {
        var doc = Run("The auditors reported that the port holds $2 billion in reserves; the ferry line holds $300 million, according to its own website.");
        Assert.Equal("the port holds $2 billion in reserves", Single(doc, "the port holds").Span.Text(doc.Text));
        Assert.Equal("the ferry line holds $300 million", Single(doc, "the ferry line holds").Span.Text(doc.Text));
    }

    [Fact]
    public void Lone_noun_closing_the_sentence_is_the_object_of_the_cue()
    {
        var doc = Run("The minister met the union leaders on Friday. He didn't suggest concessions. Most captains disagree with. She said again.");
        Assert.Equal("concessions", Single(doc, "concessions").Span.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) is "with" or "again");
    }

    [Fact]
    public void Likes_to_and_a_held_plan_that_would_act_are_intentions()
    {
        var doc = Run("Her son likes to sail on weekends. The mayor's plan would also cap harbour fees at 2 percent. Ports like Rotterdam are busy.");
        Assert.Equal("likes", Single(doc, "to sail on weekends").Cue.Text(doc.Text));
        var plan = Single(doc, "cap harbour fees");
        Assert.Equal("plan", plan.Cue.Text(doc.Text));
        Assert.Equal("The mayor's", plan.Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("Rotterdam", StringComparison.Ordinal));
    }

    [Fact]
    public void Purpose_infinitive_after_a_meeting_verb_has_that_verb_s_subject()
    {
        var doc = Run("The senator spoke at a gathering of dock workers to discuss safer cranes. The union calls on the mayor to resign over the fees.");
        Assert.Equal("The senator", Single(doc, "safer cranes").Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text) == "The union" && q.Cue.Text(doc.Text) == "resign");
    }

    [Fact]
    public void A_number_a_that_clause_or_a_copula_is_never_a_speaker()
    {
        var doc = Run("Twenty-seven states led by the coastal provinces are challenging the plan. The captain complained that he paid fees twice. It was part of what has become known as the harbour rule.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text) is "Twenty-seven" or "that he paid fees twice" or "become");
    }

    [Fact]
    public void Public_act_after_a_controlling_verb_has_the_controller_s_subject()
    {
        var doc = Run("The governor appears set to veto the bill that would let ferry crews strike.");
        var q = Single(doc, "the bill that would let");
        Assert.Equal("veto", q.Cue.Text(doc.Text));
        Assert.Equal("The governor", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_cut_never_leaves_a_participle_or_an_inner_cue_as_content()
    {
        var doc = Run("Reuters reported the deal two weeks ago, citing unnamed sources as saying the ferries would stop. The minister hinted at the talks, stating that he had received a message from the port.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).EndsWith("citing", StringComparison.Ordinal) || q.Span.Text(doc.Text).StartsWith("stating", StringComparison.Ordinal));
        Assert.Equal("stating", Single(doc, "he had received a message").Cue.Text(doc.Text));
    }

    [Fact]
    public void Clause_with_its_own_subject_after_an_object_ends_the_content()
    {
        var doc = Run("The morning the mayor unveiled the final version of the harbour plan last year, she summoned her advisers.");
        Assert.Equal("the final version of the harbour plan last year", Single(doc, "the final version").Span.Text(doc.Text));
    }

    [Fact]
    public void Reason_or_new_subject_after_an_object_ends_it_and_a_poll_dating_a_figure_reports_nothing()
    {
        var doc = Run("Two senators echo her concerns, in large part because the pilots are unpaid. The mayor's approval rating remains strong, though it has declined from 58 percent in the last poll to 55 percent now.");
        Assert.Equal("her concerns", Single(doc, "her concerns").Span.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text).StartsWith("the last poll", StringComparison.Ordinal));
    }

    [Fact]
    public void Second_act_or_clause_after_an_object_content_is_not_part_of_it()
    {
        var doc = Run("Channel Nine first published the cellphone video Friday afternoon, and attorneys for the family released it to other outlets. The council promised a veto and attempted to make the case that the bill is bad. A judge found the levy unconstitutional, his decision was overturned by an appeals court.");
        Assert.Equal("the cellphone video Friday afternoon", Single(doc, "the cellphone video").Span.Text(doc.Text));
        Assert.Equal("a veto", Single(doc, "a veto").Span.Text(doc.Text));
        Assert.Equal("the levy unconstitutional", Single(doc, "the levy").Span.Text(doc.Text));
    }

    [Fact]
    public void Time_word_and_a_clause_or_a_conjunction_after_a_cue_is_no_content()
    {
        var doc = Run("The harbour master said Friday as he entered the talks. Those who said and did the same things were fined.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).StartsWith("Friday", StringComparison.Ordinal) || q.Span.Text(doc.Text).StartsWith("and", StringComparison.Ordinal));
    }

    [Fact]
    public void Paint_without_as_and_a_noun_after_a_superlative_are_no_cues()
    {
        var doc = Run("Fans were painting their faces on game days. It was the biggest decline for a developed port in years. The mayor painted the union as reckless.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) is "painting" or "decline");
        Assert.Equal("The mayor", Single(doc, "reckless").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_cut_content_never_ends_in_a_preposition_or_a_relative_word()
    {
        var doc = Run("The mayor responded to the pilots on Wednesday night by saying the fees would stay. The firm chose to file in Hull, where the judge said the case was weak.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).EndsWith(" by", StringComparison.Ordinal) || q.Span.Text(doc.Text).EndsWith(" where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_phrase_never_runs_through_another_cue_but_may_hold_a_relative_clause()
    {
        var doc = Run("Mayor Says New Harbour Museum Will Tell of Storms and Wrecks\nThe mayor, who understood that a vote would fail, told his aides to find the money elsewhere.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "Tell");
        Assert.Equal("told", Single(doc, "his aides to find the money").Cue.Text(doc.Text));
    }

    [Fact]
    public void An_infinitive_and_its_object_are_no_speaker_but_according_to_keeps_its_source()
    {
        var doc = Run("The pilots must secure the quay in order to prove Hull can assure foreign crews safety after the strike. According to the harbour police, the quay is safe.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text).StartsWith("prove", StringComparison.Ordinal));
        Assert.Equal("the harbour police", Single(doc, "the quay is safe").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_content_never_leaves_a_bracket_open()
    {
        var doc = Run("The minister said the ferries belong to the coalition known as the Harbour Framework (HF).");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).EndsWith("(HF", StringComparison.Ordinal));
    }

    [Fact]
    public void It_refers_back_to_a_body_not_to_a_person()
    {
        var doc = Run("Iraq said the talks would resume in March. Ana Ruiz said the port was open. It added that foreign troops must leave.");
        Assert.Equal("Iraq", Single(doc, "foreign troops must leave").Speaker.Name);
    }

    [Fact]
    public void A_list_item_opening_with_a_verb_has_no_speaker_but_a_plural_subject_does()
    {
        var doc = Run("Keeps saying she opposed the new harbour fees.\nReports say the harbour fees will rise again.");
        Assert.Null(Single(doc, "she opposed the new harbour fees").Speaker.Span);
        Assert.Equal("Reports", Single(doc, "will rise again").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_noun_cue_inside_a_speaker_phrase_describes_the_speaker()
    {
        var doc = Run("Critics of the new ferry program, like the mayor of Hull, have said it helps rich investors more than the towns.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "the new ferry program");
        Assert.Single(doc.Quotes, q => q.Span.Text(doc.Text).Contains("rich investors", StringComparison.Ordinal));
    }

    [Fact]
    public void Told_reporters_then_a_clause_without_that_keeps_the_clause_as_content()
    {
        var doc = Run("A vocal critic of the ferry program told reporters the fees were too high.");
        var q = Single(doc, "the fees were too high");
        Assert.Equal("the fees were too high", q.Span.Text(doc.Text));
        Assert.Equal("A vocal critic of the ferry program", q.Speaker.Span!.Value.Text(doc.Text));
    }
}
