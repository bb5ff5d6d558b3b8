using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Rules of the third 2026-12-03 session, each on a sentence of our own: content edges, speaker phrases, cues.</summary>
public sealed class ClauseEdgeAndPhraseRulesTests
{
    [Fact]
    public void A_concessive_clause_after_a_reported_clause_is_the_writers()
    {
        var doc = Run("The senator said the bill would pass before the end of the month, although few of his colleagues agreed.");
        Assert.Equal("the bill would pass before the end of the month", Single(doc, "the bill would pass").Span.Text(doc.Text));
    }

    [Fact]
    public void A_speaker_phrase_runs_through_prepositions_hanging_on_a_source_noun()
    {
        var doc = Run("Several members of the committee on foreign affairs in the lower house warned that the deal would collapse.");
        Assert.Equal("Several members of the committee on foreign affairs in the lower house", Single(doc, "the deal would collapse").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_preposition_after_a_plain_noun_still_ends_the_speaker_phrase()
    {
        var doc = Run("After a long debate on taxes in the chamber the speaker said the vote would be held on Friday.");
        Assert.Equal("the speaker", Single(doc, "the vote would be held").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void An_article_and_a_nationality_name_no_one()
    {
        var doc = Run("On Monday the opponents will try to convince a U.S. appeals court to throw out the new rules on pollution.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text) == "a U.S.");
    }

    [Fact]
    public void A_base_form_after_a_phrase_hanging_on_a_plural_source_noun_is_its_verb()
    {
        var doc = Run("The documents from the harbour office show the mayor paid twice for the same dredging work.");
        var q = Single(doc, "the mayor paid twice");
        Assert.Equal("show", q.Cue.Text(doc.Text));
        Assert.Equal("The documents from the harbour office", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_participle_opening_a_sentence_before_a_source_noun_names_no_one()
    {
        var doc = Run("Leaked records from the harbour office show the mayor paid twice for the same dredging work.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text) == "Leaked");
        Assert.Equal("show", Single(doc, "the mayor paid twice").Cue.Text(doc.Text));
    }

    [Fact]
    public void A_vote_with_an_infinitive_is_a_decision_and_the_noun_is_not()
    {
        var doc = Run("A House panel voted Thursday to hold the former aide in contempt. The black vote could be decisive in a close election.");
        var q = Single(doc, "to hold the former aide");
        Assert.Equal("voted", q.Cue.Text(doc.Text));
        Assert.Equal("A House panel", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, x => x.Cue.Text(doc.Text) == "vote");
    }

    [Fact]
    public void A_subordinator_left_at_a_cut_is_dropped()
    {
        var doc = Run("The council voted to close the old bridge after engineers found deep cracks in two of its piers.");
        Assert.Equal("to close the old bridge", Single(doc, "to close the old bridge").Span.Text(doc.Text));
    }

    [Fact]
    public void Two_plural_nouns_joined_by_or_are_one_speaker()
    {
        var doc = Run("In her first years at the firm, clients or partners would sometimes dismiss her proposals as naive.");
        Assert.Equal("clients or partners", Single(doc, "her proposals").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_report_inside_a_dash_aside_ends_at_the_closing_dash_and_the_outer_content_resumes_after_it()
    {
        var doc = Run("Some critics note that Marsh \u2014 even as she says her years at the port make her the best judge \u2014 has proposed little in the way of reform.");
        var inner = Single(doc, "her years at the port");
        Assert.Equal("her years at the port make her the best judge", inner.Span.Text(doc.Text));
        var outer = doc.Quotes.Where(q => q.Cue.Text(doc.Text) == "note").Select(q => q.Span.Text(doc.Text)).ToList();
        Assert.Equal(["Marsh", "has proposed little in the way of reform"], outer);
    }

    [Fact]
    public void A_spaced_hyphen_between_clauses_joins_no_speaker_phrase()
    {
        var doc = Run("The plan played to the mayor's ideals - critics would call them vanity - it has also exposed the weaknesses of his office.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text).Contains(" - ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_word_after_a_possessive_and_last_is_a_noun()
    {
        var doc = Run("Overall, the fund predicted that rich economies will grow 1.6 percent, down 0.2 points from the bank's last estimate.");
        var q = Single(doc, "rich economies will grow");
        Assert.Equal("predicted", q.Cue.Text(doc.Text));
        Assert.Equal("the fund", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_held_claim_inside_another_content_is_a_report_of_its_own()
    {
        var doc = Run("The footage released on Monday appears to contradict the police's earlier claim that the driver had refused to keep his hands up.");
        var claim = Single(doc, "the driver had refused");
        Assert.Equal("claim that", claim.Cue.Text(doc.Text));
        Assert.Equal("the police's", claim.Speaker.Span!.Value.Text(doc.Text));
        Assert.Contains(doc.Quotes, q => q.Span.Text(doc.Text) == "the police's earlier claim");
    }

    [Fact]
    public void A_split_infinitive_cue_has_its_controllers_subject()
    {
        var doc = Run("The senator was able to consistently tout his polling strength in the early debates of the campaign.");
        var q = Single(doc, "his polling strength");
        Assert.Equal("tout", q.Cue.Text(doc.Text));
        Assert.Equal("The senator", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Decided_against_and_responded_by_take_what_follows()
    {
        var doc = Run("Last month the harbour police decided against recommending charges. The governor responded by using the example of the port to prove his point.");
        Assert.Equal("decided against", Single(doc, "recommending charges").Cue.Text(doc.Text));
        Assert.Equal("The governor", Single(doc, "the example of the port").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void What_someone_described_as_a_judgement_reports_the_judgement()
    {
        var doc = Run("The mayor's staff used what analysts described as old tactics before the debate on the harbour budget.");
        var q = Single(doc, "old tactics");
        Assert.Equal("old tactics", q.Span.Text(doc.Text));
        Assert.Equal("analysts", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_source_noun_before_a_participle_heads_a_long_subject()
    {
        var doc = Run("The average of polls taken over the past two weeks shows the mayor leading the governor by three points.");
        var q = Single(doc, "the mayor leading the governor");
        Assert.Equal("The average of polls taken over the past two weeks", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_noun_cue_form_right_before_a_finite_verb_is_a_noun()
    {
        var doc = Run("A new analysis of the filed campaign reports found that donations to the groups hit a record in August.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "reports");
        Assert.Equal("found", Single(doc, "donations to the groups").Cue.Text(doc.Text));
    }

    [Fact]
    public void A_relative_clause_report_ends_before_the_main_verb_in_the_past()
    {
        var doc = Run("The family of the driver, who called for the footage to be released, met the mayor on Monday afternoon.");
        Assert.Equal("the footage to be released", Single(doc, "the footage to be released").Span.Text(doc.Text));
    }

    [Fact]
    public void An_ing_adjective_after_an_act_is_part_of_its_object()
    {
        var doc = Run("The Security Council imposed sweeping new sanctions on the regime after the third missile test.");
        Assert.Equal("imposed", Single(doc, "sweeping new sanctions").Cue.Text(doc.Text));
    }

    [Fact]
    public void A_relative_clause_in_a_dash_aside_and_a_participle_after_it_find_their_subject()
    {
        var doc = Run("It has become a major issue in the race, with the governor \u2014 who has called for big tax hikes on the rich \u2014 lambasting the mayor's plan.");
        var relative = Single(doc, "big tax hikes on the rich");
        Assert.Equal("who", relative.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the governor", relative.Speaker.Description);
        Assert.Equal("the governor", Single(doc, "the mayor's plan").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Each_after_a_comma_speaks_for_the_participles_that_follow()
    {
        var doc = Run("The mayor and the governor competed for the farm vote on Wednesday, each touting their own record and saying the other lacks judgment.");
        Assert.Equal("each", Single(doc, "their own record").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("each", Single(doc, "the other lacks judgment").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_rule_that_allows_requires_or_prohibits_is_the_source_of_its_provision()
    {
        var doc = Run("A contentious visa program allows wealthy foreigners to obtain citizenship. The city's conduct standards prohibit lawyers from representing former clients. There is no law requiring candidates to disclose their taxes.");
        Assert.Equal("A contentious visa program", Single(doc, "wealthy foreigners to obtain").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("prohibit", Single(doc, "lawyers from representing").Cue.Text(doc.Text));
        Assert.Equal("no law", Single(doc, "candidates to disclose").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Allowing_with_a_subject_that_is_no_rule_is_no_provision()
    {
        var doc = Run("The bad weather allowed the fishermen to rest for a week before the season opened again.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_verb_after_and_shares_the_subject_of_the_nearest_cue()
    {
        var doc = Run("The governor called the senator a disgrace after she attacked the harbour police and blamed the shootings on bias.");
        Assert.Equal("she", Single(doc, "the shootings on bias").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void And_claimed_that_after_a_nested_cue_goes_with_the_outer_report()
    {
        var doc = Run("The ministry said the council has not formally requested a withdrawal and claimed that the troops stay at the council's invitation.");
        Assert.Equal("The ministry", Single(doc, "the troops stay").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void An_impersonal_certainty_is_an_attribution_without_a_speaker()
    {
        var doc = Run("It should be obvious that voters want to see the mayor's tax returns before they vote. It seems as though the council has no plan for the old piers.");
        var obvious = Single(doc, "voters want to see");
        Assert.Equal("It should be obvious", obvious.Cue.Text(doc.Text));
        Assert.Null(obvious.Speaker.Span);
        Assert.Equal("It seems", Single(doc, "the council has no plan").Cue.Text(doc.Text));
    }

    [Fact]
    public void An_impersonal_doubt_claims_nothing()
    {
        var doc = Run("It is unclear whether the harbour fees will rise again. It is not clear what effect the fees might have on the fleet.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text).StartsWith("It", StringComparison.Ordinal));
    }

    [Fact]
    public void Nobody_before_a_preposition_heads_the_speaker_phrase()
    {
        var doc = Run("The council has no plan for the old piers, and nobody in the city hall wants to talk about the cost.");
        Assert.Equal("nobody in the city hall", Single(doc, "about the cost").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void An_impersonal_certainty_takes_a_clause_without_that_and_speculation_takes_whether()
    {
        var doc = Run("It was clear the mayor is attempting to reach out to the fishermen. There has been much speculation whether the mayor will run again.");
        Assert.Equal("It was clear", Single(doc, "the mayor is attempting").Cue.Text(doc.Text));
        Assert.Equal("speculation whether", Single(doc, "the mayor will run again").Cue.Text(doc.Text));
    }

    [Fact]
    public void Push_reports_advocacy_only_with_for_right_after_it()
    {
        var doc = Run("A yellow bulldozer pushed the mound to make room for more coal. The union pushed strongly for a vote on the new harbour contract.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("the mound", StringComparison.Ordinal));
        Assert.Single(doc.Quotes, q => q.Span.Text(doc.Text).Contains("a vote on the new harbour contract", StringComparison.Ordinal));
    }

    [Fact]
    public void Added_before_a_name_after_a_quotation_is_an_inverted_cue()
    {
        var doc = Run("\u201CWe have been thinking about the harbour for years,\u201D added Rep. Jim Cole, the leader of the caucus.");
        Assert.Equal("Rep. Jim Cole", Single(doc, "thinking about the harbour").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_quotation_after_another_person_is_named_does_not_continue_the_earlier_speaker()
    {
        var doc = Run("\"We need to step away from efforts to paint the harbour police with a broad brush,\" Governor Ann Pike said on Sunday.\n\nOn another programme, Senator Tom Reyes, who lost the primary to Pike, named young voters' anger as a reason to back her. \"The younger people are sick and tired of discrimination.\"");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("sick and tired", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_of_time_with_its_own_subject_ends_an_object_content()
    {
        var doc = Run("The mayor endorsed the harbour plan on Monday as he opened the new fish market in the old port.");
        Assert.Equal("the harbour plan on Monday", Single(doc, "the harbour plan").Span.Text(doc.Text));
    }

    [Fact]
    public void A_provision_named_after_a_verb_is_the_noun_phrase_alone()
    {
        var doc = Run("The new tax bill would include a provision allowing small firms to deduct their harbour fees.");
        Assert.Equal("a provision", Single(doc, "small firms to deduct").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_raising_participle_in_an_absolute_with_phrase_is_passive_and_ends_the_content_before_it()
    {
        var doc = Run("The efforts are expected to continue until election day, with both the mayor and his wife expected to visit the harbour in the coming weeks.");
        Assert.Equal("to continue until election day", Single(doc, "to continue until election day").Span.Text(doc.Text));
        var visit = Single(doc, "to visit the harbour");
        Assert.Null(visit.Speaker.Span);
    }

    [Fact]
    public void Known_as_a_quoted_name_has_no_speaker()
    {
        var doc = Run("Following an outcry from the victims' groups, the bill, known as the \u201CHarbour Safety Act\u201D was passed by the council.");
        var q = Single(doc, "Harbour Safety Act");
        Assert.Equal("known as", q.Cue.Text(doc.Text));
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void A_participle_in_an_opening_prepositional_phrase_reports_up_to_its_comma()
    {
        var doc = Run("In a statement announcing the pick, the union of harbour pilots called the mayor a \u201Cchampion\u201D for its members.");
        var q = Single(doc, "the pick");
        Assert.Equal("the pick", q.Span.Text(doc.Text));
        Assert.False(q.Direct);
    }

    [Fact]
    public void A_determined_subject_with_prepositions_before_a_past_form_and_an_object_is_a_clause()
    {
        var doc = Run("In a statement announcing the pick, the union of harbour pilots called the mayor a \u201Cchampion\u201D for its members, citing her work after the floods.");
        Assert.Equal("the union of harbour pilots", Single(doc, "the mayor a").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the union of harbour pilots", Single(doc, "her work after the floods").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Many_of_whom_speaks_for_a_share_of_the_noun_phrase_before_it()
    {
        var doc = Run("This has not gone over well with the families of the victims, many of whom say the mayor's claims about the harbour are unfounded.");
        var q = Single(doc, "are unfounded");
        Assert.Equal("many of whom", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("many of the families of the victims", q.Speaker.Description);
    }

    [Fact]
    public void A_comma_between_two_adverbs_does_not_end_the_subject_search()
    {
        var doc = Run("On the radio the mayor was asked about it again, and he really, really wants to release his tax returns.");
        Assert.Equal("he", Single(doc, "to release his tax returns").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_stance_adjective_takes_a_subject_before_an_appositive_a_contracted_subject_and_a_that_clause()
    {
        var doc = Run("In fact, some senators, including Senator Tom Reyes of Maine, were willing to go forward with a smaller harbour bill. She\u2019s so frustrated that the state is shortchanging the harbour schools.");
        Assert.Equal("some senators, including Senator Tom Reyes of Maine", Single(doc, "go forward with a smaller harbour bill").Speaker.Span!.Value.Text(doc.Text));
        var frustrated = Single(doc, "the state is shortchanging");
        Assert.Equal("frustrated that", frustrated.Cue.Text(doc.Text));
        Assert.Equal("She", frustrated.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void As_someone_recently_put_it_takes_an_adverb_and_an_appositive()
    {
        var doc = Run("As Tom Reyes, a tax lawyer at the institute, recently put it, \"Did the mayor lower his taxes legally or not?\"");
        var q = Single(doc, "Did the mayor lower his taxes");
        Assert.Equal("put it", q.Cue.Text(doc.Text));
        Assert.StartsWith("Tom Reyes", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_inside_a_closing_quotation_mark_ends_an_object_before_a_new_clause()
    {
        var doc = Run("The mayor is promising lower fees and \u201Cjobs, jobs, jobs,\u201D but he has also intensified the dire warnings of his campaign.");
        Assert.Equal("lower fees and \u201Cjobs, jobs, jobs,\u201D", Single(doc, "lower fees").Span.Text(doc.Text));
    }

    [Fact]
    public void A_noun_cue_before_that_and_a_verb_is_a_relative_clause_not_a_report()
    {
        var doc = Run("A rocket attack that wounded seven soldiers followed the airstrike. One question that has emerged is whether the port will reopen.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("seven soldiers", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => q.Span.Text(doc.Text).Contains("the port will reopen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_like_cue_before_a_parenthetical_and_that_reports_the_clause()
    {
        var doc = Run("The nominee continues to insist, most recently in an interview with a local radio station, that he wants to release his taxes.");
        var q = Single(doc, "he wants to release his taxes");
        Assert.Equal("insist", q.Cue.Text(doc.Text));
        Assert.Equal("The nominee", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Even_before_a_subject_is_no_part_of_it()
    {
        var doc = Run("In 2010 even some senators were willing to go forward with a more limited harbour bill.");
        Assert.Equal("some senators", Single(doc, "go forward").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Lifting_a_measure_is_a_public_act_of_its_subject()
    {
        var doc = Run("On Saturday the city lifted a midnight curfew it put in place after several days of protests.");
        var q = Single(doc, "a midnight curfew");
        Assert.Equal("lifted", q.Cue.Text(doc.Text));
        Assert.Equal("the city", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void The_morning_before_a_name_opens_a_clause_and_is_no_part_of_the_speaker()
    {
        var doc = Run("The morning Mayor Ann Pike unveiled the final version of the harbour plan, the fishermen protested outside.");
        Assert.Equal("Mayor Ann Pike", Single(doc, "the final version of the harbour plan").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_noun_cue_form_before_such_as_or_a_relative_that_with_an_auxiliary_is_a_noun()
    {
        var doc = Run("The plan is a set of Harbour Act rules that could lead to the closing of the old piers. Several once-loyal Republican advocates such as the Harbour Gazette backed the mayor.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) is "rules" or "advocates");
    }

    [Fact]
    public void Backed_before_one_or_either_takes_its_object_without_for()
    {
        var doc = Run("In each war the larger members of the council have backed one warring party or another.");
        Assert.Equal("backed", Single(doc, "one warring party").Cue.Text(doc.Text));
    }

    [Fact]
    public void A_speaker_phrase_ending_in_a_past_verb_keeps_the_noun_phrase_only()
    {
        var doc = Run("A new ad from the mayor's campaign is seizing on recent comments his rival made questioning why she is not further ahead.");
        Assert.Equal("his rival", Single(doc, "why she is not further ahead").Speaker.Span!.Value.Text(doc.Text));
    }
}
