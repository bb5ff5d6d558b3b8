using System.Text.Json;
using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Core.Tests.Story;

public sealed class StoryUpdaterTests
{
    private static readonly string[] Northland = ["Northland"];
    private static readonly string[] Rebels = ["River Front"];

    private static ArticleDto StrikeReport(string id, string outlet, string day, string sentence) =>
        new ArticleBuilder(id, outlet, "2031-03-05")
            .Prose($"Residents of the valley described a long night in {outlet}'s report number {id}.")
            .Event(sentence, "ASSAULT", "occurred", Rebels, Northland, day, "Port Vell")
            .Build();

    [Fact]
    public void The_same_attack_reported_by_two_outlets_is_one_event_with_two_sources()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, StrikeReport("a1", "Daily Post", "2031-03-04", "Rebels fired rockets at the northern garrison on Tuesday."));
        StoryUpdater.Add(state, StrikeReport("a2", "Evening Star", "2031-03", "A rocket attack hit the garrison this month."));

        var e = Assert.Single(StoryView.Events(state));
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal(2, e.Corroboration);
        Assert.Equal("2031-03-04", e.Time?.Value); // the finer date wins
        Assert.Contains("overlap", Assert.Single(e.MergeReasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Attacks_on_different_days_stay_apart()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, StrikeReport("a1", "Daily Post", "2031-03-04", "Rebels fired rockets at the garrison on Tuesday."));
        StoryUpdater.Add(state, StrikeReport("a2", "Evening Star", "2031-02-11", "Rebels fired rockets at the garrison in February."));
        Assert.Equal(2, StoryView.Events(state).Count());
    }

    [Fact]
    public void A_denial_is_never_merged_with_the_claim_it_denies()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-03-05")
            .Event("Northland agreed to pull its troops out of the valley.", "RETREAT", "planned", Northland, [], "2031")
            .Event("Northland said it had no plan to leave the valley.", "RETREAT", "denied", Northland, [], "2031")
            .Build());
        Assert.Equal(2, StoryView.Events(state).Count());
        var conflict = Assert.Single(ConflictFinder.Find(state));
        Assert.Equal("assertion-vs-denial", conflict.Kind);
        Assert.Equal(2, conflict.Sides.Count);
    }

    [Fact]
    public void News_of_the_day_dated_only_by_its_article_is_placed_on_or_before_the_report_and_marked()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-03-05")
            .Event("Northland and the River Front have agreed to a prisoner exchange.", "AGREE", "occurred", Northland, Rebels, "2031-03-05T18:00", timeFromPublication: true)
            .Event("Rebels shelled the port on 2 March.", "ASSAULT", "occurred", Rebels, Northland, "2031-03-02")
            .Event("Rebels once held the port.", "OCCUPY", "occurred", Rebels, Northland)
            .Build());

        var timeline = TimelineQuery.Build(StoryView.Events(state), new TimelineFilter());
        Assert.Equal(["ASSAULT", "AGREE"], timeline.Dated.Select(e => e.Type));
        var agreed = timeline.Dated[1];
        Assert.True(agreed.TimeFromReport);
        Assert.Equal(new TimeValueDto("2031-03-05", "ON_OR_BEFORE"), agreed.Time);
        Assert.False(timeline.Dated[0].TimeFromReport);
        Assert.Equal("OCCUPY", Assert.Single(timeline.Undated).Type); // no date in its text and not news of the day
    }

    [Fact]
    public void A_date_in_the_text_wins_over_the_report_day()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-03-05")
            .Event("Northland and the River Front have agreed to a prisoner exchange.", "AGREE", "occurred", Northland, Rebels, "2031-03-05", timeFromPublication: true).Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", "2031-03-06")
            .Event("Northland and the River Front agreed on 4 March to exchange prisoners.", "AGREE", "occurred", Northland, Rebels, "2031-03-04").Build());

        var e = Assert.Single(StoryView.Events(state));
        Assert.False(e.TimeFromReport);
        Assert.Equal("2031-03-04", e.Time?.Value);
    }

    [Fact]
    public void Undated_mentions_merge_only_when_who_whom_and_where_all_agree()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", null)
            .Event("Rebels shelled the port.", "ASSAULT", "occurred", Rebels, Northland, place: "Port Vell").Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", null)
            .Event("The port came under rebel shelling.", "ASSAULT", "occurred", Rebels, Northland, place: "Port Vell").Build());
        StoryUpdater.Add(state, new ArticleBuilder("a3", "Morning Call", null)
            .Event("Rebels shelled a village.", "ASSAULT", "occurred", Rebels, ["Southland"]).Build());
        Assert.Equal(2, StoryView.Events(state).Count());
    }

    [Fact]
    public void An_undated_mention_finds_an_event_whose_source_and_target_were_told_by_different_reports()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-03-05")
            .Event("The River Front shelled Northland positions on 4 March.", "ASSAULT", "occurred", Rebels, Northland, "2031-03-04").Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", "2031-03-06")
            .Event("The River Front and the Hill Militia opened fire on 4 March.", "ASSAULT", "occurred", ["River Front", "Hill Militia"], [], "2031-03-04").Build());
        StoryUpdater.Add(state, new ArticleBuilder("a3", "Morning Call", "2031-03-07")
            .Event("The Hill Militia shelled Northland.", "ASSAULT", "occurred", ["Hill Militia"], Northland).Build());

        var e = Assert.Single(StoryView.Events(state));
        Assert.Equal(3, e.Mentions.Count);
    }

    [Fact]
    public void A_story_saved_before_the_index_was_versioned_is_reindexed_and_still_merges()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, StrikeReport("a1", "Daily Post", "2031-03-04", "Rebels fired rockets at the northern garrison on Tuesday."));
        var saved = JsonSerializer.Deserialize<StoryState>(JsonSerializer.Serialize(state, ContractJson.Compact), ContractJson.Compact)!;
        saved.EventKeys.Clear(); // an old scheme's keys: none of the current ones
        saved.IndexVersion = 0;

        StoryUpdater.Add(saved, StrikeReport("a2", "Evening Star", "2031-03", "A rocket attack hit the garrison this month."));
        Assert.Equal(2, Assert.Single(StoryView.Events(saved)).Mentions.Count);
    }

    [Fact]
    public void An_undated_mention_months_after_a_dated_event_is_not_merged_with_it()
    {
        var state = new StoryState();
        StoryUpdater.Add(state, new ArticleBuilder("a1", "Daily Post", "2031-01-10")
            .Event("On 9 January Northland asked the River Front to free the hostages.", "REQUEST", "occurred", Northland, Rebels, "2031-01-09").Build());
        StoryUpdater.Add(state, new ArticleBuilder("a2", "Evening Star", "2031-11-02")
            .Event("Northland asked the River Front to stop the shelling.", "REQUEST", "occurred", Northland, Rebels).Build());
        StoryUpdater.Add(state, new ArticleBuilder("a3", "Morning Call", "2031-01-12")
            .Event("Northland asked the River Front to release the captives.", "REQUEST", "occurred", Northland, Rebels).Build());

        var events = StoryView.Events(state).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(2, events.Single(e => e.Time?.Value == "2031-01-09").Mentions.Count);
    }

    [Fact]
    public void A_syndicated_copy_is_linked_and_counts_once()
    {
        const string body = "Rebels fired rockets at the northern garrison on Tuesday night, officials said, in the heaviest attack since the truce " +
            "began. Two soldiers were wounded and a fuel depot burned until the morning, according to the provincial governor.";
        var original = new ArticleBuilder("orig", "Wire Service", "2031-03-05")
            .Event(body, "ASSAULT", "occurred", Rebels, Northland, "2031-03-04").Build();
        var copy = new ArticleBuilder("copy", "Local Paper", "2031-03-05")
            .Event(body, "ASSAULT", "occurred", Rebels, Northland, "2031-03-04").Prose("Subscribe to our newsletter.").Build();

        var state = new StoryState();
        StoryUpdater.Add(state, original);
        StoryUpdater.Add(state, copy);

        var link = Assert.Single(StoryView.Duplicates(state));
        Assert.Equal(("copy", "orig"), (link.ArticleId, link.DuplicateOf));
        var e = Assert.Single(StoryView.Events(state));
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal(1, e.Corroboration);
    }

    [Fact]
    public void Adding_articles_one_at_a_time_through_storage_gives_the_same_story_as_a_batch()
    {
        var articles = new[]
        {
            StrikeReport("a1", "Daily Post", "2031-03-04", "Rebels fired rockets at the garrison on Tuesday."),
            StrikeReport("a2", "Evening Star", "2031-03", "A rocket attack hit the garrison this month."),
            new ArticleBuilder("a3", "Morning Call", "2031-04-02")
                .Commitment("Northland will withdraw 300 troops by June 2031 and the rest by the end of 2031.", Northland, "RETREAT", "withdraw troops", "announced",
                    ("300 troops leave", "2031-06", "ON_OR_BEFORE"), ("the rest leave", "2031", "END"))
                .Claim("Northland has about 1,200 troops in the valley.", 1200, "troops", "valley", approx: true)
                .Build(),
        };

        var batch = new StoryState();
        foreach (var a in articles)
        {
            StoryUpdater.Add(batch, a);
        }

        var incremental = new StoryState();
        foreach (var a in articles)
        {
            var json = JsonSerializer.Serialize(incremental, ContractJson.Compact);
            incremental = JsonSerializer.Deserialize<StoryState>(json, ContractJson.Compact)!;
            StoryUpdater.Add(incremental, a);
        }

        Assert.Equal(Project(batch), Project(incremental));
        Assert.Single(StoryView.Events(incremental));
        Assert.Single(StoryView.Commitments(incremental));
    }

    [Fact]
    public void Adding_the_same_article_twice_changes_nothing()
    {
        var state = new StoryState();
        var a = StrikeReport("a1", "Daily Post", "2031-03-04", "Rebels fired rockets at the garrison on Tuesday.");
        StoryUpdater.Add(state, a);
        var before = Project(state);
        StoryUpdater.Add(state, a);
        Assert.Equal(before, Project(state));
    }

    private static string Project(StoryState s) =>
        JsonSerializer.Serialize(new { Events = StoryView.Events(s), Commitments = StoryView.Commitments(s), Conflicts = ConflictFinder.Find(s) }, ContractJson.Compact);
}
