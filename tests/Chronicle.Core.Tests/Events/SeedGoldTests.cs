using Chronicle.Core.Events.Evaluation;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Events;

/// <summary>
/// The real pipeline on the seed articles against ../shared/gold/seeds.json. Floors are the recall
/// we measured (see the README, section "Events, numeric claims and commitments"); they move up as the upstream stages improve.
/// </summary>
public sealed class SeedGoldTests
{
    private static readonly Lazy<EvalReport> Report = new(() => SeedEvaluation.Run(RepoPaths.Seeds, RepoPaths.Gold, Pipeline.CreateDefault()));

    [Fact]
    public void Every_gold_article_is_read()
    {
        Assert.Empty(Report.Value.Problems);
        Assert.True(Report.Value.Events.Gold >= 30);
    }

    [Fact]
    public void Events_are_found_with_their_modality()
    {
        var events = Report.Value.Events;
        Assert.True(events.Recall >= 0.99, events.Format("events"));
        var (right, total) = events.Attributes["modality"];
        Assert.True(right == total, events.Format("events"));
        var (dates, dated) = events.Attributes["date"];
        Assert.True(dates == dated, events.Format("events"));
    }

    [Fact]
    public void Events_carry_their_actors_and_place()
    {
        // Every gold event's sources, targets and place are right (README: 32/32, 32/32, 7/7).
        var events = Report.Value.Events;
        foreach (var name in new[] { "sources", "targets", "place" })
        {
            var (right, total) = events.Attributes[name];
            Assert.True(right == total, $"{name}: {events.Format("events")}");
        }
    }

    [Fact]
    public void Claims_are_found_with_unit_and_approximation()
    {
        var claims = Report.Value.Claims;
        Assert.True(claims.Recall >= 0.99, claims.Format("claims"));
        Assert.True(claims.Precision >= 0.99, claims.Format("claims"));
        Assert.Equal(claims.Attributes["unit"].Total, claims.Attributes["unit"].Right);
        Assert.Equal(claims.Attributes["approx"].Total, claims.Attributes["approx"].Right);
    }

    [Fact]
    public void Commitments_are_found_with_phases_deadlines_conditions_and_state()
    {
        var commitments = Report.Value.Commitments;
        Assert.True(commitments.Recall >= 0.8, commitments.Format("commitments"));
        foreach (var name in new[] { "phases", "deadline", "conditions", "state", "who" })
        {
            var (right, total) = commitments.Attributes[name];
            Assert.True(right == total, $"{name}: {commitments.Format("commitments")}");
        }
    }

    [Fact]
    public void No_counterfactual_denied_hypothetical_planned_or_demanded_gold_event_comes_out_as_occurred()
    {
        var gold = GoldReader.Parse(File.ReadAllText(RepoPaths.Gold));
        var pipeline = Pipeline.CreateDefault();
        var checkedCount = 0;
        foreach (var article in gold)
        {
            var nonFactual = article.Events.Where(e => e.Modality is "denied" or "hypothetical" or "conditional" or "planned" or "demanded").ToList();
            if (nonFactual.Count == 0)
            {
                continue;
            }

            var published = article.Published is { } p && Model.GivenDate.TryParse(p, out var parsed, out _) ? parsed : null;
            var read = new Chronicle.Core.Reading.ArticleReader(new Chronicle.Core.Reading.ReadOptions(published)).ReadFile(Path.Combine(RepoPaths.Seeds, article.File));
            var docs = read.Articles.Select(pipeline.Run).ToList();
            foreach (var g in nonFactual)
            {
                var doc = docs.First(d => GoldMatching.Locate(d.Text, g.Cue) is not null);
                var (start, end) = GoldMatching.Locate(doc.Text, g.Cue)!.Value;
                var occurred = doc.Events.Where(e => e.Trigger.Start < end && start < e.Trigger.End && e.Modality == Model.Modality.Occurred).ToList();
                Assert.True(occurred.Count == 0, $"'{g.Cue}' is {g.Modality} but came out as occurred: {EventAssert.Describe(doc)}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 5);
    }
}
