using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Attribution.AttributionRulesTests;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Rules of 2026-12-03, each on a sentence of our own: passives and hedges, subjects (relative clauses, adjuncts, control verbs, verbs of feeling), content edges, new cues and guards.</summary>
public sealed class SubjectContentAndCueRulesTests
{
    [Fact]
    public void Slash_between_numbers_stays_inside_an_inverted_speaker_phrase()
    {
        var doc = AttributionRulesTests.Run("\"The levy is unfair to small ports,\" said 9/11 survivor Dana Whitfield.");
        var q = Single(doc, "unfair to small ports");
        Assert.Equal("9/11 survivor Dana Whitfield", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Dana Whitfield", q.Speaker.Name);
    }

    [Fact]
    public void Party_tag_after_a_name_is_not_the_speaker_name()
    {
        var doc = AttributionRulesTests.Run("\"We will pass the bill this week,\" Senate Majority Leader Ann Holloway, R-Ky., said Tuesday.\nSen. Mark Delaney, D-Mass., said the vote would be close.");
        Assert.EndsWith("Ann Holloway", Single(doc, "pass the bill").Speaker.Name, StringComparison.Ordinal);
        Assert.Equal("Mark Delaney", Single(doc, "vote would be close").Speaker.Name);
    }

    [Fact]
    public void Agentless_passive_of_a_labelling_verb_reports_its_complement_without_a_source()
    {
        var doc = AttributionRulesTests.Run("The second proposal was labeled \"reckless and costly.\"\nLindqvist is widely considered the favourite to win the seat.");
        var labeled = Single(doc, "reckless and costly");
        Assert.Equal("labeled", labeled.Cue.Text(doc.Text));
        Assert.Null(labeled.Speaker.Span);
        var considered = Single(doc, "the favourite to win");
        Assert.Equal("considered", considered.Cue.Text(doc.Text));
        Assert.Null(considered.Speaker.Span);
    }

    [Fact]
    public void Passive_with_it_as_subject_never_makes_it_the_source()
    {
        var doc = AttributionRulesTests.Run("The claim about the bridge was checked, and it was rated \"mostly false\" by nobody we could find.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text) == "it");
    }

    [Fact]
    public void Hearsay_adverb_attributes_its_clause_to_an_unnamed_source()
    {
        var doc = AttributionRulesTests.Run("The refinery was reportedly sold to a Dutch shipping group.");
        var q = Single(doc, "sold to a Dutch shipping group");
        Assert.Equal("reportedly", q.Cue.Text(doc.Text));
        Assert.Null(q.Speaker.Span);
    }

    [Fact]
    public void Hearsay_adverb_before_a_reporting_verb_leaves_the_verb_frame_alone()
    {
        var doc = AttributionRulesTests.Run("The minister reportedly told aides that the plan was dead.");
        var q = Single(doc, "the plan was dead");
        Assert.Equal("told", q.Cue.Text(doc.Text));
        Assert.Equal("The minister", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Relative_clause_inside_the_subject_ends_before_the_main_verb()
    {
        var doc = AttributionRulesTests.Run("The mayor, who argued that the budget was too small, resigned on Monday.");
        var q = Single(doc, "the budget was too small");
        Assert.Equal("the budget was too small", q.Span.Text(doc.Text));
        Assert.Equal("who", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The mayor", q.Speaker.Description);
    }

    [Fact]
    public void Leave_little_doubt_is_a_cue_and_a_relative_pronoun_its_source()
    {
        var doc = AttributionRulesTests.Run("The budget office published a study, which left little doubt that the deficit was growing.");
        var q = Single(doc, "the deficit was growing");
        Assert.Equal("left little doubt", q.Cue.Text(doc.Text));
        Assert.Equal("which", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("a study", q.Speaker.Description);
    }

    [Fact]
    public void Participle_after_a_made_statement_takes_the_maker_as_speaker()
    {
        var doc = AttributionRulesTests.Run("The harbour council issued a statement calling the new levy a threat to the fishing fleet.");
        var q = Single(doc, "a threat to the fishing fleet");
        Assert.Equal("The harbour council", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Long_restrictive_relative_clause_stays_inside_the_subject()
    {
        var doc = AttributionRulesTests.Run("A farmers' union that led the protests against the dam near the border said the compensation was too low.");
        var q = Single(doc, "compensation was too low");
        Assert.Equal("A farmers' union that led the protests against the dam near the border", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Reporting_verb_before_that_is_no_relative_subject()
    {
        var doc = AttributionRulesTests.Run("Engineers noted that last winter the pumps failed twice.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).Contains("noted", StringComparison.Ordinal));
    }

    [Fact]
    public void Indirect_content_ends_at_a_semicolon()
    {
        var doc = AttributionRulesTests.Run("The ministry said the delay was not deliberate; its staff learned of the fault only on Friday.");
        Assert.Equal("the delay was not deliberate", Single(doc, "the delay").Span.Text(doc.Text));
    }

    [Fact]
    public void Parenthetical_between_cue_and_that_is_skipped()
    {
        var doc = AttributionRulesTests.Run("Several experts cautioned, as did the campaign itself, that the levy might well change after the vote.");
        var q = Single(doc, "levy might well change");
        Assert.Equal("the levy might well change after the vote", q.Span.Text(doc.Text));
        Assert.Equal("Several experts", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Day_between_a_verb_and_its_particle_keeps_the_cue()
    {
        var doc = AttributionRulesTests.Run("The mayor called Friday for an inquiry into the flooding.");
        var q = Single(doc, "an inquiry into the flooding");
        Assert.Equal("called Friday for", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Spoke_on_a_day_reports_no_topic()
    {
        var doc = AttributionRulesTests.Run("Lindqvist spoke on Monday at the harbour.\nHer deputy spoke on the new levy for an hour.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("Monday", StringComparison.Ordinal));
        Assert.Single(doc.Quotes, q => q.Span.Text(doc.Text).Contains("the new levy", StringComparison.Ordinal));
    }

    [Fact]
    public void Adjective_of_certainty_takes_a_clause_without_that()
    {
        var doc = AttributionRulesTests.Run("Lindqvist was sure the harbour levy would pass.\nThe council seems confident it has the votes to override the veto.\nThe fishermen are convinced that the quota is unfair.");
        Assert.Equal("Lindqvist", Single(doc, "levy would pass").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The council", Single(doc, "has the votes").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The fishermen", Single(doc, "quota is unfair").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Adjective_of_certainty_before_a_preposition_takes_no_clause()
    {
        var doc = AttributionRulesTests.Run("The council was confident in the new harbour master.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text).Contains("confident", StringComparison.Ordinal) && q.Span.Text(doc.Text).StartsWith("in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Object_of_a_verb_of_feeling_holds_the_feeling()
    {
        var doc = AttributionRulesTests.Run("The harbour board has regularly angered fishermen and members of the council.\nThe closure of the canal worries environmentalists.");
        var angered = Single(doc, "The harbour board");
        Assert.Equal("fishermen", angered.Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("environmentalists", Single(doc, "The closure of the canal").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Noun_and_adjective_readings_of_feeling_words_report_nothing_of_the_kind()
    {
        var doc = AttributionRulesTests.Run("Health worries have dogged the candidate for months.\nParty leaders increasingly worried about turnout in the north.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).StartsWith("have", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).StartsWith("about", StringComparison.Ordinal));
    }

    [Fact]
    public void Passive_of_a_verb_of_feeling_takes_its_by_phrase_as_content()
    {
        var doc = AttributionRulesTests.Run("Business leaders have been unsettled by the strikes and the shutdown of the port.");
        Assert.Equal("Business leaders", Single(doc, "the strikes").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void All_after_a_comma_is_the_subject_not_a_verb_prefix()
    {
        var doc = AttributionRulesTests.Run("To varying degrees, all agreed that the levy would raise costs for small boats.");
        Assert.Equal("all", Single(doc, "raise costs").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Past_form_between_a_noun_and_an_object_is_an_act()
    {
        var doc = AttributionRulesTests.Run("The regulator imposed a record penalty on the shipping firm.\nThe penalty imposed by the regulator was upheld.");
        Assert.Equal("The regulator", Single(doc, "a record penalty").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Seem_before_a_reporting_verb_leaves_the_subject_as_the_source()
    {
        var doc = AttributionRulesTests.Run("Anderson seemed to think the outreach to the fishermen was somewhat phony.");
        var q = Single(doc, "the outreach to the fishermen");
        Assert.Equal("think", q.Cue.Text(doc.Text));
        Assert.Equal("Anderson", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Subject_before_an_adjunct_is_the_speaker()
    {
        var doc = AttributionRulesTests.Run("Lind at a rally in Ohio said the plan was dead.\nStumpf in a televised interview appeared to blame low-level clerks for the fraud.\nThe decision came just three days after the council condemned the new levy.");
        Assert.Equal("Lind", Single(doc, "the plan was dead").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Stumpf", Single(doc, "low-level clerks").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the council", Single(doc, "the new levy").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Talk_to_someone_about_a_topic_names_the_addressee_and_the_topic()
    {
        var doc = AttributionRulesTests.Run("The minister came to talk to me last week about trade and the elections.");
        var q = Single(doc, "trade and the elections");
        Assert.Equal("The minister", q.Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain("last week", q.Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Nationality_before_a_nominal_cue_holds_the_stance()
    {
        var doc = AttributionRulesTests.Run("European reluctance to hand over harbour powers to Brussels is well known.");
        Assert.Equal("European", Single(doc, "hand over harbour powers").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Score_between_article_and_nominal_cue_keeps_the_governing_subject()
    {
        var doc = AttributionRulesTests.Run("The Supreme Court made a surprise 5-4 decision to grant the request of the challengers.");
        Assert.Equal("The Supreme Court", Single(doc, "grant the request").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Participle_after_a_coordinated_clause_takes_that_clause_subject()
    {
        var doc = AttributionRulesTests.Run("The camera is facing the ground, and she becomes increasingly upset, shouting profanities as she runs to the quay.");
        Assert.Equal("she", Single(doc, "profanities").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Having_said_that_is_a_connective()
    {
        var doc = AttributionRulesTests.Run("Having said that, there are some economists who argue that the harbour levy should be abolished.");
        var q = Single(doc, "levy should be abolished");
        Assert.Equal("argue", q.Cue.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, x => x.Cue.Text(doc.Text) == "said");
    }

    [Fact]
    public void Age_and_relative_clause_between_name_and_cue_keep_the_name()
    {
        var doc = AttributionRulesTests.Run("Lind, 56, who has served on the harbour committee for a decade, told the weekly harbour newsletter it is clear that the pumps were sabotaged.");
        var q = Single(doc, "it is clear that the pumps were sabotaged");
        Assert.StartsWith("Lind", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
        Assert.Equal("told", q.Cue.Text(doc.Text));
    }

    [Fact]
    public void Agree_with_someone_that_skips_the_person_to_the_clause()
    {
        var doc = AttributionRulesTests.Run("The judge agreed with the mayor that there was no reason to close the quay.");
        Assert.Equal("there was no reason to close the quay", Single(doc, "no reason to close").Span.Text(doc.Text));
    }

    [Fact]
    public void Backed_off_is_a_phrasal_cue()
    {
        var doc = AttributionRulesTests.Run("The governor backed off some of his initial proposals for the harbour.");
        Assert.Equal("backed off", Single(doc, "initial proposals").Cue.Text(doc.Text));
    }

    [Fact]
    public void Noun_like_cue_after_and_needs_a_complement()
    {
        var doc = AttributionRulesTests.Run("Lind criticized the harbour board and state election offices in Kent were closed.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "state");
    }

    [Fact]
    public void Subject_of_able_yet_and_needs_before_to_is_the_speaker()
    {
        var doc = AttributionRulesTests.Run("The mayor has yet to explain why the levy was raised.\nShe won't be able to brag about her polling lead.\nThe board needs to tell the truth about the dredging costs.");
        Assert.Equal("The mayor", Single(doc, "levy was raised").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("She", Single(doc, "polling lead").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The board", Single(doc, "dredging costs").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Seem_with_an_adjective_or_like_is_an_unsourced_impression()
    {
        var doc = AttributionRulesTests.Run("Borrowing against the harbour fund seems too risky.\nThe new ferry can seem like just another tourist boat.\nNothing about the plan seems credible to me.");
        var risky = Single(doc, "too risky");
        Assert.Equal("seems", risky.Cue.Text(doc.Text));
        Assert.Null(risky.Speaker.Span);
        Assert.Null(Single(doc, "another tourist boat").Speaker.Span);
        Assert.Equal("me", Single(doc, "credible").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Seem_before_a_noun_phrase_or_with_it_is_not_this_frame()
    {
        var doc = AttributionRulesTests.Run("It seems likely that the ferry will run.\nThe harbour seemed a good place for the market.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("a good place", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).StartsWith("It seems", StringComparison.Ordinal));
    }

    [Fact]
    public void Plural_noun_after_a_noun_inside_of_is_a_compound_not_a_verb()
    {
        var doc = AttributionRulesTests.Run("The interests of member states trump everything else at the council.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "states");
    }

    [Fact]
    public void Topic_before_a_comma_stays_the_content()
    {
        var doc = AttributionRulesTests.Run("As Lind talked about bringing communities together, Brun highlighted his message that the port needs order.");
        Assert.Equal("Lind", Single(doc, "bringing communities together").Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).StartsWith("Brun", StringComparison.Ordinal));
    }

    [Fact]
    public void Stance_content_ends_before_a_coordinated_verb()
    {
        var doc = AttributionRulesTests.Run("Mr. Holm is bearish on the future of harbour loans and expects them to become less available over time.");
        Assert.Equal("the future of harbour loans", Single(doc, "the future of harbour loans").Span.Text(doc.Text));
    }

    [Fact]
    public void Coordinated_cue_after_a_title_name_subject_keeps_it()
    {
        var doc = AttributionRulesTests.Run("Mr. Holm is bearish on loans and expects that they will become rarer.");
        Assert.Equal("Mr. Holm", Single(doc, "they will become rarer").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Judge_is_a_verb_of_judgement_after_a_subject_and_a_noun_after_a_determiner()
    {
        var doc = AttributionRulesTests.Run("Lind judged the harbour levy a failure after the vote.\nThe judge ruled that the quay was private.");
        Assert.Equal("Lind", Single(doc, "a failure").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The judge", Single(doc, "the quay was private").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void That_before_a_subject_opens_a_complement_not_a_relative_subject()
    {
        var doc = AttributionRulesTests.Run("The ruling that judges should not weigh the evidence angered Lind.\nThe union that led the strike said the port would close.");
        Assert.Equal("The union that led the strike", Single(doc, "port would close").Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).StartsWith("The ruling that", StringComparison.Ordinal));
    }

    [Fact]
    public void Day_between_a_nominal_cue_and_its_preposition_is_skipped()
    {
        var doc = AttributionRulesTests.Run("Lind's comments Tuesday on the closure of the quay drew protests.");
        var q = Single(doc, "the closure of the quay");
        Assert.Equal("Lind's", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Worth_noting_is_the_writers_aside()
    {
        var doc = AttributionRulesTests.Run("It is worth noting that the quay was built in 1850.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "noting");
    }

    [Fact]
    public void Parenthetical_cue_reports_both_parts_of_the_interrupted_clause()
    {
        var doc = AttributionRulesTests.Run("Acts of protest, Mr. Holm said, are acts of patriotism in a free port.");
        var parts = doc.Quotes.Where(q => q.Cue.Text(doc.Text) == "said").Select(q => q.Span.Text(doc.Text)).ToList();
        Assert.Contains("Acts of protest", parts);
        Assert.Contains("are acts of patriotism in a free port", parts);
    }

    [Fact]
    public void Parenthetical_cue_followed_by_a_participle_does_not_continue()
    {
        var doc = AttributionRulesTests.Run("The plan is dead, Lind said, adding that the port would close.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "said" && q.Span.Text(doc.Text).StartsWith("adding", StringComparison.Ordinal));
    }

    [Fact]
    public void Cue_before_a_quotation_is_not_a_postposed_frame()
    {
        var doc = AttributionRulesTests.Run("She said fathers would not be eligible, and when pressed on why, the mother of three replied, \"It is a start.\"");
        Assert.Equal("She", Single(doc, "fathers would not be eligible").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the mother of three", Single(doc, "It is a start").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Opening_participle_clause_may_end_in_a_quotation()
    {
        var doc = AttributionRulesTests.Run("After saying her foot was \"so swollen I could barely walk,\" she was taken to hospital.");
        Assert.Equal("she", Single(doc, "so swollen").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Gerund_after_for_takes_the_subject_or_the_judged_object()
    {
        var doc = AttributionRulesTests.Run("He appeared at a hearing for his role in the scheme and for saying that green tea was a magic cure.\nThe council praised the fishermen for speaking out against the levy.\nThe council's vote for admitting the new members was close.");
        Assert.Equal("He", Single(doc, "green tea was a magic cure").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("the fishermen", Single(doc, "against the levy").Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "admitting");
    }

    [Fact]
    public void Called_into_a_show_is_phoning_not_naming()
    {
        var doc = AttributionRulesTests.Run("She called into the harbour radio show when she was home sick.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "called");
    }

    [Fact]
    public void Pronoun_after_anything_is_a_relative_clause_not_the_reported_clause()
    {
        var doc = AttributionRulesTests.Run("They can't tell the harbour board anything it doesn't already know.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "it doesn't already know");
    }

    [Fact]
    public void Time_adjunct_alone_is_no_content()
    {
        var doc = AttributionRulesTests.Run("Lind refused to answer last year.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "last year");
    }

    [Fact]
    public void Closing_in_phrase_naming_a_poll_is_the_source_of_the_clause_before()
    {
        var doc = AttributionRulesTests.Run("Lind did not receive a bump in one of the first polls taken after the debate.\nThe ferry docked in the old harbour at noon.");
        var q = Single(doc, "did not receive a bump");
        Assert.Equal("in", q.Cue.Text(doc.Text));
        Assert.StartsWith("one of the first polls", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Text(doc.Text).Contains("ferry docked", StringComparison.Ordinal));
    }

    [Fact]
    public void Labelling_passive_with_a_later_by_phrase_takes_its_agent()
    {
        var doc = AttributionRulesTests.Run("He has been called a charlatan by fellow physicians for promoting quack cures.");
        var q = Single(doc, "a charlatan");
        Assert.Equal("a charlatan", q.Span.Text(doc.Text));
        Assert.Equal("fellow physicians", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Determined_to_have_been_is_a_passive_finding_not_a_resolve()
    {
        var doc = AttributionRulesTests.Run("The country involved was determined to have been involved in the attack.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text) == "The country involved");
    }

    [Fact]
    public void New_speech_and_action_verbs_report_their_objects()
    {
        var doc = AttributionRulesTests.Run("Lind exhorted the fishermen to \"vote your conscience.\"\nBrun has complimented the harbour master on the new quay.\nThe mayor promptly voted against the dredging bill.\nThe report sums up the costs of the flood.");
        Assert.Equal("Lind", Single(doc, "vote your conscience").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("Brun", Single(doc, "the harbour master").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("voted against", Single(doc, "the dredging bill").Cue.Text(doc.Text));
        Assert.Equal("sums up", Single(doc, "the costs of the flood").Cue.Text(doc.Text));
    }

    [Fact]
    public void Vote_for_in_a_question_is_no_stance_yet()
    {
        var doc = AttributionRulesTests.Run("Would you still vote for her if she were a man?");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text).StartsWith("vote", StringComparison.Ordinal));
    }

    [Fact]
    public void Paint_as_care_about_and_expose_are_cues()
    {
        var doc = AttributionRulesTests.Run("Lind effectively painted Brun as an out-of-touch harbour baron.\nWe care more about the quay than the budget.\nThe auditors exposed his offshore harbour accounts.");
        Assert.Equal("Lind", Single(doc, "out-of-touch harbour baron").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("We", Single(doc, "the quay").Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The auditors", Single(doc, "offshore harbour accounts").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Agent_noun_of_a_stance_names_its_holder()
    {
        var doc = AttributionRulesTests.Run("Lind has been a consistent and outspoken supporter of the harbour levy.\nA few early supporters of the bill changed their minds.\nHer plan has a message in the closing weeks of the campaign.");
        Assert.Equal("Lind", Single(doc, "the harbour levy").Speaker.Span!.Value.Text(doc.Text));
        Assert.Contains("supporters", Single(doc, "the bill").Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).Contains("closing weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void Interest_in_and_agreement_to_are_nominal_cues()
    {
        var doc = AttributionRulesTests.Run("Brun, a student with an interest in harbour design, applied.\nThe two countries signed an agreement to open the port to each other's ferries.");
        Assert.Equal("a student", Assert.Single(doc.Quotes, q => q.Span.Text(doc.Text).Contains("harbour design", StringComparison.Ordinal)).Speaker.Span!.Value.Text(doc.Text));
        Assert.Equal("The two countries", Single(doc, "open the port").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void As_before_a_postposed_speaker_joins_the_report_to_what_precedes()
    {
        var doc = AttributionRulesTests.Run("The plan is dead, as the mayor said on Monday.");
        Assert.Equal("the mayor", Single(doc, "The plan is dead").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Adverb_and_adjunct_before_that_are_skipped()
    {
        var doc = AttributionRulesTests.Run("Republicans learned again during the debate that the levy would pass.");
        Assert.Equal("the levy would pass", Single(doc, "the levy would pass").Span.Text(doc.Text));
    }

    [Fact]
    public void Gerund_after_a_postposed_looking_cue_is_its_complement()
    {
        var doc = AttributionRulesTests.Run("No matter the setting, Lind will insist on being Lind.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text).StartsWith("No matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Free_relative_what_inside_a_report_is_part_of_its_words()
    {
        var doc = AttributionRulesTests.Run("Port officials said the council would judge the plan by what the company does, not by what it says.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "what");
        Assert.Contains("not by what it says", Single(doc, "would judge the plan").Span.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Main_verb_after_a_relative_clause_ends_the_subject()
    {
        var doc = AttributionRulesTests.Run("A commander who led the group read a statement saying the fighters were destroying their weapons.\nThe group gave no deadline, but said it expected the first steps before winter.");
        Assert.Equal("A commander who led the group", Single(doc, "destroying their weapons").Speaker.Span!.Value.Text(doc.Text));
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).Contains("gave", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_adjuncts_alone_are_no_content()
    {
        var doc = AttributionRulesTests.Run("The group is expected to respond within days.\nThe decision follows the ceasefire the group declared on 1 March.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) is "within days" or "on 1 March");
    }

    [Fact]
    public void According_to_a_timetable_is_no_source()
    {
        var doc = AttributionRulesTests.Run("The two ports agreed to close the old quay according to timetables set by a joint committee.");
        Assert.DoesNotContain(doc.Quotes, q => q.Cue.Text(doc.Text) == "according to");
    }

    [Fact]
    public void Verb_inside_a_scanned_speaker_phrase_hands_over_to_its_subject()
    {
        var doc = AttributionRulesTests.Run("During the visit he unofficially provided sufficient information indicating that the militia was involved.");
        Assert.Equal("he", Single(doc, "the militia was involved").Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Participle_after_an_opening_time_phrase_takes_the_clause_subject()
    {
        var doc = AttributionRulesTests.Run("Last week, Iraq and Kestria moved a step closer to a deal, announcing their agreement to reopen the border.");
        var q = Single(doc, "their agreement to reopen the border");
        Assert.StartsWith("Iraq", q.Speaker.Span!.Value.Text(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_a_document_issued_by_someone_keeps_the_issuer()
    {
        var doc = AttributionRulesTests.Run("The adviser flew to Tallinn to discuss border security, according to the statement issued by the adviser's office.");
        var q = Single(doc, "discuss border security");
        Assert.Equal("the statement issued by the adviser's office", q.Speaker.Span!.Value.Text(doc.Text));
    }

    [Fact]
    public void Name_before_a_quotation_after_a_cue_is_the_receiver()
    {
        var doc = AttributionRulesTests.Run("The leaders of the largest blocs showed Lind \"support and satisfaction\", officials said.");
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Text(doc.Text) == "Lind");
        Assert.Contains(doc.Quotes, q => q.Span.Text(doc.Text).Contains("support and satisfaction", StringComparison.Ordinal));
    }

    [Fact]
    public void Comma_after_the_addressee_is_not_content()
    {
        var doc = AttributionRulesTests.Run("There, harbour commanders told the Gazette, talks with the unions resulted in a split among the crews.");
        Assert.Equal("talks with the unions resulted in a split among the crews", Single(doc, "resulted in a split").Span.Text(doc.Text));
    }

    [Fact]
    public void Clause_before_a_comma_is_no_opening_adjunct_for_a_participle()
    {
        var doc = AttributionRulesTests.Run("In recent weeks raids have intensified once more, however, targeting supply convoys almost daily.\nThe mayor, however, said the levy would stay.");
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker.Span is { } s && s.Text(doc.Text).Contains("however", StringComparison.Ordinal));
        Assert.Equal("The mayor", Single(doc, "the levy would stay").Speaker.Span!.Value.Text(doc.Text));
    }
}
