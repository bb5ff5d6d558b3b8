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
    [InlineData("So when the port authority signaled last week that it would sell the ferry, Mr. Dunn said, \"we were stunned.\"", "it would sell the ferry")]
    [InlineData("When the auditor examined the harbour accounts, they were labeled \"a disgrace.\"", "the harbour accounts")]
    public void A_report_in_an_opening_subordinate_clause_ends_before_the_main_clause(string sentence, string content)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(content, q.Span.Text(doc.Text));
        Assert.False(q.Direct);
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

    [Fact]
    public void A_title_opens_the_subject_after_an_appositive_with_an_agent_noun()
    {
        var doc = Run("A passionate defender of the harbour plan, Mr. Hale likened it to the old canal in an interview last week.");
        Assert.Equal("Mr. Hale", Single(doc, "the harbour plan").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_subject_and_a_past_verb_before_and_say_are_nearer_than_an_earlier_cues_subject()
    {
        var doc = Run("When the coach mentioned the transfer to me after training, I laughed and said, \"Nobody is leaving this club.\"");
        Assert.Equal("I", Single(doc, "Nobody is leaving").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_clause_with_its_own_subject_before_a_colon_names_the_speaker_of_the_quotation()
    {
        var doc = Run("The crowd grew so loud, and pressed so close, that the mayor had to change her speech: \"We will rebuild the bridge next spring.\"");
        var q = Single(doc, "We will rebuild");
        Assert.Equal("the mayor", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.StartsWith("had to change", q.Cue.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_after_a_verb_phrase_belongs_to_the_subject_of_that_phrase()
    {
        var doc = Run("She thanked the nurses, who have come back after the storm knowing that the ward might close.");
        Assert.Equal("who", Single(doc, "the ward might close").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void An_object_controller_reaches_over_a_relative_clause_between_commas()
    {
        var doc = Run("The senator also forced the chief executive, who was under questioning from the committee over the scandal, to admit that no senior managers had been punished.");
        var q = Single(doc, "no senior managers");
        Assert.Equal("admit", q.Cue.Text(doc.Text));
        Assert.Equal("the chief executive", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_lowercase_aside_in_brackets_after_an_inverted_speaker_is_no_part_of_the_name()
    {
        var doc = Run("However sensible the goal, the tax is \"a blunt instrument,\" said Ms. Reyes (a view shared by most economists). Sen. Jon Tester (D-Mont.) said the bank should be broken up.");
        Assert.Equal("Ms. Reyes", Single(doc, "a blunt instrument").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Sen. Jon Tester (D-Mont.)", Single(doc, "the bank should be broken up").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_quoted_adverb_before_a_verb_and_that_is_no_content_of_that_verb()
    {
        var doc = Run("The harbour master said the poster \"plainly and wrongly\" suggests that the pilots back the strike.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "plainly and wrongly");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text).StartsWith("that", StringComparison.Ordinal));
    }

    [Fact]
    public void On_and_a_day_after_a_noun_cue_dates_it_and_names_no_topic()
    {
        var doc = Run("But her remarks on Saturday carried a sharper tone than her speech at the convention.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).StartsWith("Saturday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_word_after_took_to_twitter_keeps_the_controller()
    {
        var doc = Run("The senator took to Twitter overnight to accuse the mayor of hiding the audit.");
        var q = Single(doc, "hiding the audit");
        Assert.Equal("The senator", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_relative_pronoun_is_the_holder_of_an_agent_noun_after_a_copula()
    {
        var doc = Run("Ms. Varga is a former judge who is a fierce critic of the new surveillance law.");
        Assert.Equal("who", Single(doc, "the new surveillance law").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_verb_after_and_continues_the_relative_clause_before_it()
    {
        var doc = Run("The video has become a rallying point for the dock workers, who have marched through the port and called for the contracts to be published.");
        var q = Single(doc, "the contracts to be published");
        Assert.Equal("who", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the dock workers", q.Speaker.Name ?? q.Speaker.Description);
    }

    [Theory]
    [InlineData("The mayor restricted comments about closing the port to vague future plans.", "closing the port", "The mayor")]
    [InlineData("She delivered carefully scripted speeches on energy policy.", "energy policy", "She")]
    [InlineData("For weeks, Governor Hale had been reading from a script, delivering speeches on tax policy.", "tax policy", "Governor Hale")]
    public void Speeches_and_comments_on_a_topic_are_held_by_the_subject_of_their_verb(string sentence, string content, string speaker)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(speaker, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_quotation_ending_in_a_nested_quotation_is_the_content_of_the_cue_after_it()
    {
        var doc = Run("Senator Ruiz scolded him: “The experts are almost unanimous against the three pills you called ‘miracles,’” she said.");
        var q = Single(doc, "The experts are almost unanimous");
        Assert.StartsWith("The experts", q.Span.Text(doc.Text), StringComparison.Ordinal);
        Assert.True(q.Direct);
    }

    [Fact]
    public void As_much_after_a_verb_is_its_content_and_a_repeated_adjective_stays_in_the_subject()
    {
        var doc = Run("The head of the studio and the host's big, big boss indicated as much in an email, released as part of the leak.");
        var q = Single(doc, "as much");
        Assert.Equal("as much", q.Span.Text(doc.Text));
        Assert.EndsWith("big, big boss", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Internal emails obtained by the Ledger suggest that the mayor knew about the leak.", "Internal emails")]
    [InlineData("Other records combed through by reporters show that the mayor knew about the leak.", "Other records")]
    [InlineData("The part of the audit devoted to the harbour revealed that the mayor knew about the leak.", "The part of the audit")]
    [InlineData("Armed groups affiliated with the opposition claim that the mayor knew about the leak.", "Armed groups")]
    public void The_noun_before_a_participle_and_its_agent_is_the_subject(string sentence, string speaker)
    {
        var doc = Run(sentence);
        Assert.StartsWith(speaker, Single(doc, "the mayor knew").Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_keeps_its_provision_over_a_relative_clause_between_commas()
    {
        var doc = Run("The 1982 fisheries treaty, which most coastal states signed, obliges members to report their catches every year.");
        var q = Single(doc, "members to report their catches");
        Assert.Equal("The 1982 fisheries treaty", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("She said part-time workers would not be eligible for the bonus, and when pressed on the reason she changed the subject.", "part-time workers would not be eligible for the bonus")]
    [InlineData("The fund announced it is cutting its growth forecast for the region, and the downgrade is weighing on the currency.", "it is cutting its growth forecast for the region")]
    [InlineData("Thousands of voters did not respond to letters asking them to confirm their address, in what critics call a purge.", "to confirm their address")]
    [InlineData("The mayor promised the ferry would pay for itself within a decade, when she first released her plan.", "the ferry would pay for itself within a decade")]
    public void A_writers_clause_after_a_comma_ends_the_reported_clause(string sentence, string content)
    {
        var doc = Run(sentence);
        Assert.Equal(content, Single(doc, content).Span.Text(doc.Text));
    }

    [Fact]
    public void But_after_a_comma_may_go_on_reporting()
    {
        var doc = Run("The minister noted, the union had long resisted such deals, but the losses had become so large that talks began.");
        Assert.Contains("but the losses had become so large", Single(doc, "the union had long resisted").Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("She said part-time workers would not be eligible, and when pressed on why the plan leaves out fathers, she said they would be covered later.", "why the plan leaves out fathers", null, "pressed on")]
    [InlineData("When pressed by the moderator about how he would bring jobs back, his best answer was to promise lower taxes.", "how he would bring jobs back", "the moderator", "pressed")]
    [InlineData("The debate ended with a radio host who had pressed him on his refusal to publish his tax returns.", "his refusal to publish his tax returns", "who", "pressed him on")]
    public void A_question_pressed_on_someone_reports_its_topic(string sentence, string content, string? asker, string cue)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(content, q.Span.Text(doc.Text));
        Assert.Equal(asker, q.Speaker.Span?.Text(doc.Text));
        Assert.Equal(cue, q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Convince_and_persuade_report_what_the_addressee_is_to_do()
    {
        var doc = Run("On Tuesday the fishermen will try to convince a federal judge to throw out the new quotas. The mayor is convinced that the quotas are fair.");
        var q = Single(doc, "to throw out the new quotas");
        Assert.Equal("the fishermen", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.EndsWith("to throw out the new quotas", q.Span.Text(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Quotes, x => x.Cue.Text(doc.Text) == "convinced" && x.Speaker.Span is { } sp && sp.Text(doc.Text) != "The mayor");
    }

    [Fact]
    public void A_rule_keeps_its_provision_over_a_participle_clause_between_commas()
    {
        var doc = Run("The program, called Harbour Start, allows young fishermen to lease a boat for one euro a year.");
        Assert.StartsWith("The program", Single(doc, "young fishermen to lease a boat").Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_before_a_descriptive_appositive_is_the_speaker()
    {
        var doc = Run("Senator Maria Lopez, Democrat of Oregon, said the program sends the wrong message. An aide to the governor, Tom Reyes, said the talks would resume.");
        Assert.Equal("Maria Lopez", Single(doc, "the wrong message").Speaker.Name);
        Assert.Equal("Tom Reyes", Single(doc, "the talks would resume").Speaker.Name);
    }

    [Theory]
    [InlineData("By one estimate, 40,000 acres of marsh have been lost to the new port.", "40,000 acres of marsh have been lost to the new port", "one estimate")]
    [InlineData("By the mayor's own admission, the ferry has lost money for a decade.", "the ferry has lost money for a decade", "the mayor's")]
    [InlineData("In the delta alone, 40,000 acres of marsh have been lost to the new port, by one estimate.", "40,000 acres of marsh have been lost to the new port", "one estimate")]
    public void An_estimate_or_admission_with_by_frames_the_clause(string sentence, string content, string source)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(source, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_vote_tally_and_its_manner_are_no_part_of_what_was_decided()
    {
        var doc = Run("The harbour committee voted 9-4 along party lines to refer the dredging contract to the auditor.");
        var q = Single(doc, "to refer the dredging contract");
        Assert.Equal("to refer the dredging contract to the auditor", q.Span.Text(doc.Text));
        Assert.Equal("The harbour committee", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Other councillors weighed in Friday about whether the audit should be published.", "whether the audit should be published", "Other councillors")]
    [InlineData("No city official had weighed in with any explanation of the delay.", "any explanation of the delay", "No city official")]
    public void Weighing_in_about_or_with_reports_its_topic(string sentence, string content, string speaker)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(speaker, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Warnings_from_someone_that_are_held_by_that_someone()
    {
        var doc = Run("The vote went ahead despite repeated warnings from his lawyer that the hearing was pointless.");
        var q = Single(doc, "the hearing was pointless");
        Assert.Equal("his lawyer", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_day_between_a_controller_and_its_infinitive_is_no_subject()
    {
        var doc = Run("Mr. Varga tried on Tuesday to make the case that the losses were a few bad loans.");
        Assert.Equal("Mr. Varga", Single(doc, "the losses were a few bad loans").Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("As stated in Reyes' column, there are many questions about how the contract was awarded.", "Reyes' column")]
    [InlineData("As reported by the Ledger, the contract was awarded without a tender.", "the Ledger")]
    public void As_stated_in_a_source_frames_the_clause_after_the_comma(string sentence, string source)
    {
        var doc = Run(sentence);
        var q = Assert.Single(doc.Quotes, x => x.Cue.Text(doc.Text).StartsWith("As ", StringComparison.Ordinal));
        Assert.Equal(source, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Only parents know when it is worth paying more for one school than another.", "when it is worth paying more for one school than another", "parents")]
    [InlineData("We would know exactly what loopholes in the tax code he uses.", "what loopholes in the tax code he uses", "We")]
    public void Knowing_a_question_reports_what_is_known(string sentence, string content, string speaker)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(content, q.Span.Text(doc.Text));
        Assert.EndsWith(speaker, q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Making_no_secret_of_something_holds_it()
    {
        var doc = Run("The harbour pilots made little secret of their anger at the new rota.");
        var q = Single(doc, "their anger at the new rota");
        Assert.Equal("The harbour pilots", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_report_nested_in_another_keeps_its_content_even_when_longer()
    {
        var doc = Run("Two speechwriters implored her to bring it back, arguing that it rattled the mayor and exposed a very clear weakness in his campaign.");
        Assert.Equal("it rattled the mayor and exposed a very clear weakness in his campaign", Single(doc, "exposed a very clear weakness").Span.Text(doc.Text));
        Assert.Equal("to bring it back", Single(doc, "to bring it back").Span.Text(doc.Text));
    }

    [Theory]
    [InlineData("identify", "identified")]
    [InlineData("identify", "identifies")]
    [InlineData("lobby", "lobbied")]
    [InlineData("query", "querying")]
    [InlineData("rebut", "rebutted")]
    [InlineData("concur", "concurred")]
    [InlineData("signal", "signalled")]
    public void A_verb_in_consonant_y_is_inflected_with_ie(string lemma, string form)
    {
        Assert.Contains(form, Chronicle.Core.Attribution.CueLexicon.Inflect(lemma));
        Assert.True(Chronicle.Core.Attribution.CueLexicon.TryGet(form, out var found, out _));
        Assert.Equal(lemma, found);
    }

    [Fact]
    public void Identifying_something_as_something_is_a_report_and_identifying_with_someone_is_not()
    {
        var doc = Run("Sen. Ana Ruiz identified young voters' fatigue with scandal as one of the reasons to back Lopez. We identified with the others at the meeting.");
        var q = Single(doc, "fatigue with scandal");
        Assert.Equal("identified", q.Cue.Text(doc.Text));
        Assert.StartsWith("young voters' fatigue", q.Span.Text(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Text(doc.Text).Contains("the others", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_possessive_in_the_object_stays_in_the_content()
    {
        var doc = Run("Sen. Ana Ruiz identified the dockers' anger as the reason for the strike.");
        Assert.Equal("the dockers' anger as the reason for the strike", Single(doc, "anger as the reason").Span.Text(doc.Text));
    }

    [Fact]
    public void Debating_a_question_is_a_stance_and_debating_a_rival_is_not()
    {
        var doc = Run("Historians have long debated the role of the harbour in the city's decline. Ms. Ruiz, who debated Mr. Lopez four times, lost. The governor has pooh-poohed the auditors' findings.");
        Assert.Equal("Historians", Single(doc, "the role of the harbour").Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "debated" && q.Span.Text(doc.Text).Contains("four times", StringComparison.Ordinal));
        Assert.Equal("The governor", Single(doc, "findings").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Songs_sung_and_treaties_flouted_are_reported()
    {
        var doc = Run("At the rally the band leader sang \"Our Harbour, Our Home.\" Country after country flouts that treaty.");
        Assert.Equal("the band leader", Single(doc, "Our Harbour, Our Home").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("that treaty", Single(doc, "that treaty").Span.Text(doc.Text));
    }

    [Fact]
    public void Singing_somewhere_reports_no_song_and_a_report_from_a_time_has_no_holder()
    {
        var doc = Run("The pastor, who sang at church every week, was shot. The ad cites a Ledger report from over the weekend that the port lost money.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "sang");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } sp && sp.Text(doc.Text).Contains("weekend", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In her view, the ferry should stay public.", "the ferry should stay public", "her")]
    [InlineData("In the view of many economists, the ferry should stay public.", "the ferry should stay public", "many economists")]
    [InlineData("Only the old ferry is safe in his eyes.", "Only the old ferry is safe", "his")]
    public void A_view_held_in_someones_eyes_frames_the_clause(string sentence, string content, string holder)
    {
        var doc = Run(sentence);
        var q = Single(doc, content);
        Assert.Equal(content, q.Span.Text(doc.Text));
        Assert.Equal(holder, q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Theory]
    [InlineData("Many councillors have said the same thing, including Mayor Ana Ruiz \u2014 \u201cThe ferry must stay public\u201d \u2014 and her deputy.")]
    [InlineData("Many councillors have said the same thing, including Mayor Ana Ruiz -- ''The ferry must stay public'' -- and her deputy.")]
    public void A_quotation_between_dashes_after_a_name_is_that_persons(string sentence)
    {
        var doc = Run(sentence);
        var q = Single(doc, "The ferry must stay public");
        Assert.Equal("Mayor Ana Ruiz", q.Speaker.Span!.Value.Text(doc.Text));
        var outer = Single(doc, "the same thing");
        Assert.Equal("the same thing", outer.Span.Text(doc.Text));
        Assert.False(outer.Direct);
    }

    [Fact]
    public void A_month_left_at_a_cut_is_kept()
    {
        var doc = Run("The statement said the congress had met from 5 to 7 May and had concluded that the group \"has completed its mission\".");
        Assert.Equal("the congress had met from 5 to 7 May", Single(doc, "the congress had met").Span.Text(doc.Text));
    }

    [Fact]
    public void A_song_before_its_singer_is_hers_though_sings_to_names_no_song()
    {
        var doc = Run("“Keep the harbour lights on,” Ruiz sings to the mayor. At the gala she sings to the donors before dinner.");
        Assert.Equal("sings", Single(doc, "Keep the harbour lights on").Cue.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("the donors", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ruiz met with the pilots and came away convinced that the strike would end soon.", "Ruiz")]
    [InlineData("The auditors grew convinced that the strike would end soon.", "The auditors")]
    public void An_attitude_after_a_becoming_verb_is_held_by_the_named_subject(string sentence, string holder)
    {
        var doc = Run(sentence);
        Assert.Equal(holder, Single(doc, "the strike would end soon").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void An_opening_participle_whose_comma_sits_inside_a_closing_quotation_mark_still_reports()
    {
        var doc = Run("Bemoaning the \u201crigged harbour board,\u201d Ruiz accused the mayor of hiding the accounts.");
        var q = Single(doc, "rigged harbour board");
        Assert.Equal("Bemoaning", q.Cue.Text(doc.Text));
        Assert.Equal("Ruiz", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void A_response_that_was_to_say_something_is_held_by_its_owner_and_his_refers_back()
    {
        var doc = Run("Mayor Tom Reyes said the port would reopen in spring. Pressed by the host, his best response was to say he would stop more jobs from leaving.");
        var q = Single(doc, "he would stop more jobs from leaving");
        Assert.Equal("his", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Tom Reyes", q.Speaker.Name);
    }

    [Fact]
    public void A_plural_before_the_base_form_of_a_rule_verb_is_a_noun()
    {
        var doc = Run("Though typically harbour rules permit members to send proxies, it is forbidden for the annual vote.");
        var q = Single(doc, "members to send proxies");
        Assert.Equal("permit", q.Cue.Text(doc.Text));
        Assert.EndsWith("harbour rules", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_heard_yelling_is_the_one_who_yells()
    {
        var doc = Run("In the recording, Ana Ruiz can be heard yelling to the officers that her son was unarmed.");
        var q = Single(doc, "her son was unarmed");
        Assert.Equal("yelling", q.Cue.Text(doc.Text));
        Assert.Equal("Ana Ruiz", q.Speaker.Span!.Value.Text(doc.Text));
    }
}
