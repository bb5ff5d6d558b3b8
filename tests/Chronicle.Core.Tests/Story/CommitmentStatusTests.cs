using Chronicle.Core.Story;

namespace Chronicle.Core.Tests.Story;

/// <summary>A two-phase plan driven through announced, in progress, met, overdue, revised and disputed.</summary>
public sealed class CommitmentStatusTests
{
    private static readonly string[] Northland = ["Northland"];

    private static StoryState PlanAnnounced()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("plan", "Daily Post", "2031-04-02")
            .Commitment("Northland will withdraw 300 troops from the valley by June 2031 and the rest by the end of 2031.", Northland, "RETREAT",
                "withdraw troops from the valley", "announced", ("300 troops leave", "2031-06", "ON_OR_BEFORE"), ("the rest leave", "2031", "END"))
            .Build());
        return state;
    }

    private static CommitmentAsOf Status(StoryState state, string day) =>
        Assert.Single(StoryView.Commitments(state, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Before_any_report_the_commitment_is_not_yet_known()
    {
        Assert.Equal("not yet reported", Status(PlanAnnounced(), "2031-03-01").State);
    }

    [Fact]
    public void After_the_announcement_the_first_phase_is_due_in_so_many_days()
    {
        var s = Status(PlanAnnounced(), "2031-05-31");
        Assert.Equal("announced", s.State);
        Assert.Equal("due in 30 days", s.Due);
        Assert.Equal("2031-06-30", s.Phases[0].Due);
    }

    [Fact]
    public void A_deadline_passed_without_a_report_of_fulfilment_is_overdue()
    {
        var s = Status(PlanAnnounced(), "2031-07-01");
        Assert.Equal("overdue", s.State);
        Assert.Equal("overdue", s.Phases[0].State);
        Assert.StartsWith("due in", s.Phases[1].State, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_of_the_first_phase_completed_in_time_marks_it_met()
    {
        var state = PlanAnnounced();
        StoryUpdater.Add(state, new ArticleBuilder("done1", "Evening Star", "2031-06-20")
            .Event("Northland completed the first stage of its pullout, moving 300 soldiers out of the valley.", "RETREAT", "occurred", Northland, [], "2031-06-19")
            .Build());

        Assert.Equal("announced", Status(state, "2031-06-10").State); // the report is not known yet
        var after = Status(state, "2031-06-21");
        Assert.Equal("met", after.Phases[0].State);
        Assert.StartsWith("due in", after.Phases[1].State, StringComparison.Ordinal);
        Assert.Equal("in progress", after.State);
    }

    [Fact]
    public void A_late_completion_is_met_but_recorded_as_after_the_deadline_and_overdue_before_it()
    {
        var state = PlanAnnounced();
        StoryUpdater.Add(state, new ArticleBuilder("late", "Evening Star", "2031-08-15")
            .Event("Northland finally completed the first stage of its pullout.", "RETREAT", "occurred", Northland, [])
            .Build());

        Assert.Equal("overdue", Status(state, "2031-08-01").State);
        var s = Status(state, "2031-08-16");
        Assert.Equal("met", s.Phases[0].State);
        Assert.Contains("after its deadline", s.Commitment.History.Single(h => h.State == "met").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_report_with_another_deadline_is_a_revision_and_a_conflict()
    {
        var state = PlanAnnounced();
        StoryUpdater.Add(state, new ArticleBuilder("moved", "Morning Call", "2031-05-10")
            .Commitment("Northland now says 300 troops will withdraw from the valley by September 2031, and the rest by the end of 2031.", Northland, "RETREAT",
                "withdraw troops from the valley", "announced", ("300 troops leave", "2031-09", "ON_OR_BEFORE"), ("the rest leave", "2031", "END"))
            .Build());

        Assert.Equal("2031-06", Status(state, "2031-05-01").Phases[0].Deadline?.Value); // not yet moved
        var s = Status(state, "2031-07-15");
        Assert.Contains(s.Commitment.History, h => h.State == "revised" && h.Detail!.Contains("2031-09", StringComparison.Ordinal));
        Assert.Equal("2031-09", s.Commitment.Phases[0].Deadline?.Value); // the latest deadline rules
        Assert.StartsWith("due in", s.Phases[0].State, StringComparison.Ordinal);
        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Equal("deadline", conflict.Kind);
        Assert.Equal(["Daily Post", "Morning Call"], conflict.Sides.Select(x => x.Outlet));
    }

    [Fact]
    public void A_report_that_the_withdrawal_is_not_happening_disputes_it()
    {
        var state = PlanAnnounced();
        StoryUpdater.Add(state, new ArticleBuilder("deny", "Evening Star", "2031-05-20")
            .Event("A Northland commander said no troops would leave the valley.", "RETREAT", "denied", Northland, [])
            .Build());

        Assert.Equal("announced", Status(state, "2031-05-01").State);
        Assert.Equal("disputed", Status(state, "2031-05-21").State);
    }
}

/// <summary>A plan with a deadline to start, and what counts as its start.</summary>
public sealed class StartDeadlineTests
{
    private static readonly string[] Southland = ["Southland"];

    private static StoryState HandoverPlanned()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("plan", "Daily Post", "2031-04-10")
            .Event("Southland said last week that it would disarm.", "RETREAT", "occurred", Southland, [], "2031-W14")
            .Commitment("Monitors expect the handover of Southland's rifles to start within two months.", Southland, "RETREAT",
                "the handover of rifles to start", "proposed", ("the handover of rifles to start", "2031-06-10", "ON_OR_BEFORE"))
            .Build());
        return state;
    }

    private static CommitmentAsOf Status(StoryState state, string day) =>
        Assert.Single(StoryView.Commitments(state, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_deadline_to_start_passed_after_the_party_was_seen_doing_it_is_in_progress_not_overdue()
    {
        var state = HandoverPlanned();
        StoryUpdater.Add(state, new ArticleBuilder("seen", "Evening Star", "2031-05-20")
            .Event("Southland militiamen burned their rifles at a ceremony on Tuesday.", "RETREAT", "occurred", Southland, [], "2031-05-20", mode: "disarm")
            .Build());

        var s = Status(state, "2031-07-01");
        Assert.Equal("in progress", s.Phases[0].State);
        Assert.Equal("in progress", s.State);
    }

    [Fact]
    public void Without_such_a_report_the_deadline_to_start_is_overdue()
    {
        Assert.Equal("overdue", Status(HandoverPlanned(), "2031-07-01").State);
    }

    [Fact]
    public void What_happened_before_the_plan_was_made_is_no_evidence_for_it()
    {
        var s = Status(HandoverPlanned(), "2031-05-01");
        Assert.DoesNotContain(s.Commitment.History, h => h.State == "in progress");
    }

    [Fact]
    public void A_deadline_to_finish_is_another_commitment_than_a_deadline_to_start()
    {
        var state = HandoverPlanned();
        StoryUpdater.Add(state, new ArticleBuilder("finish", "Evening Star", "2031-05-20")
            .Commitment("The ministry wants the handover of Southland's rifles completed by the end of 2031.", Southland, "RETREAT",
                "the handover of rifles completed", "demanded", ("the handover of rifles completed", "2031", "END"))
            .Build());

        Assert.Equal(2, StoryView.Commitments(state, new DateOnly(2031, 6, 1)).Count());
    }

    [Fact]
    public void The_sentence_that_restates_a_commitment_is_no_evidence_that_it_was_met()
    {
        const string sentence = "Southland completed the handover of its rifles in the north, and the rest will be handed over by June 2031.";
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("plan", "Daily Post", "2031-04-10")
            .Commitment("Southland will hand over the rest of its rifles by June 2031.", Southland, "RETREAT",
                "hand over the rest of its rifles", "announced", ("hand over the rest of its rifles", "2031-06", "ON_OR_BEFORE"))
            .Build());
        StoryUpdater.Add(state, new ArticleBuilder("again", "Evening Star", "2031-05-20")
            .Event(sentence, "RETREAT", "occurred", Southland, [], "2031-05-19")
            .Commitment(sentence, Southland, "RETREAT", "the rest will be handed over", "announced", ("the rest will be handed over", "2031-06", "ON_OR_BEFORE"))
            .Build());

        var c = Assert.Single(StoryView.Commitments(state, new DateOnly(2031, 5, 21)));
        Assert.DoesNotContain(c.Commitment.History, h => h.State is "met" or "in progress" && h.Sentence == sentence);
    }

    [Fact]
    public void A_deadline_to_finish_stays_overdue_when_the_action_was_only_under_way()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("plan", "Daily Post", "2031-04-10")
            .Commitment("Southland will pull all its troops out of the delta by June 2031.", Southland, "RETREAT",
                "pull all its troops out of the delta", "announced", ("pull all its troops out", "2031-06", "ON_OR_BEFORE"))
            .Build());
        StoryUpdater.Add(state, new ArticleBuilder("seen", "Evening Star", "2031-05-20")
            .Event("Southland troops pulled out of two villages in the delta.", "RETREAT", "occurred", Southland, [], "2031-05-19")
            .Build());

        Assert.Equal("overdue", Status(state, "2031-07-02").State);
    }
}

public sealed class PhaseAlignmentTests
{
    private static readonly StoryPhase[] Plan =
    [
        new("hundreds leave", new("2025-09", "ON_OR_BEFORE")),
        new("the rest leave", new("2026", "END")),
    ];

    [Fact]
    public void A_one_deadline_report_about_the_remaining_troops_is_about_the_last_phase()
    {
        var (index, _) = Assert.Single(CommitmentHistory.Align(Plan, [new StoryPhase("withdraw", new("2026-09", "ON_OR_BEFORE"))],
            "The remaining troops will leave by September 2026."));
        Assert.Equal(1, index);
    }

    [Fact]
    public void A_one_deadline_report_without_such_words_is_about_the_phase_with_the_nearest_deadline()
    {
        var (index, _) = Assert.Single(CommitmentHistory.Align(Plan, [new StoryPhase("withdraw", new("2025-10", "ON_OR_BEFORE"))],
            "Troops will leave by October 2025."));
        Assert.Equal(0, index);
    }
}

public sealed class CommitmentMatcherTests
{
    private static CommitmentCluster Plan(string[] who) => new()
    {
        Id = "C1",
        Members =
        [
            new CommitmentMember(new MentionRef("a", "Daily Post", "a.txt", "Northland troops will leave the valley by June 2031 and the rest by the end of 2031.", 0, 10, "2031-04-01"),
                who, "RETREAT", "troops leave the valley", null,
                [new("troops leave", new("2031-06", "ON_OR_BEFORE")), new("the rest leave", new("2031", "END"))], [], "announced", null),
        ],
    };

    private static CommitmentMember Report(string[] who, string sentence, params string[] deadlines) =>
        new(new MentionRef("b", "Evening Star", "b.txt", sentence, 0, 10, "2031-04-09"), who, "RETREAT", "", null,
            [.. deadlines.Select(d => new Chronicle.Core.Contract.PhaseDto("leave", new(d, null)))], [], "announced", null);

    [Fact]
    public void Reports_that_name_nobody_need_two_deadlines_in_common()
    {
        Assert.True(CommitmentMatcher.Matches(Plan([]), Report([], "Soldiers are to go by June 2031, the last by the end of 2031.", "2031-06", "2031")));
        Assert.False(CommitmentMatcher.Matches(Plan([]), Report([], "A bridge will open by the end of 2031.", "2031")));
    }

    [Fact]
    public void Different_named_parties_are_different_commitments_even_with_the_same_deadlines()
    {
        Assert.False(CommitmentMatcher.Matches(Plan(["Northland"]), Report(["Southland"], "Southland troops will leave by June 2031 and the rest by the end of 2031.", "2031-06", "2031")));
    }

    [Fact]
    public void The_same_party_and_one_deadline_in_common_is_the_same_commitment()
    {
        Assert.True(CommitmentMatcher.Matches(Plan(["Northland"]), Report(["Northland"], "Northland says its pullout ends in 2031.", "2031")));
    }
}

public sealed class NestedDeadlineTests
{
    [Fact]
    public void A_deadline_inside_another_of_the_same_party_is_the_same_plan_moved()
    {
        var plan = new CommitmentCluster
        {
            Id = "C1",
            Members =
            [
                new CommitmentMember(new MentionRef("a", "Daily Post", "a.txt", "Northland will pull out its brigades by the end of 2031.", 0, 10, "2031-01-05"),
                    ["Northland"], "RETREAT", "pull out brigades", new("2031", "END"), [], [], "announced", null),
            ],
        };
        var moved = new CommitmentMember(new MentionRef("b", "Evening Star", "b.txt", "Northland's final pullout is now set for March 2031.", 0, 10, "2031-02-01"),
            ["Northland"], "RETREAT", "final pullout", new("2031-03", "ON_OR_BEFORE"), [], [], "announced", null);
        var elsewhere = moved with { Deadline = new("2032-03", "ON_OR_BEFORE"), Mention = moved.Mention with { Sentence = "Northland plans a census in March 2032." } };

        Assert.True(CommitmentMatcher.Matches(plan, moved));
        Assert.False(CommitmentMatcher.Matches(plan, elsewhere));
    }
}
