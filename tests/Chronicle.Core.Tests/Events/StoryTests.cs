using Chronicle.Core.Events.Evaluation;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Events;

/// <summary>
/// Our own second story (a fictional armed group's phased withdrawal across a border, with a deadline
/// met, one missed, a new one agreed, quotes, numbers and a denial), run through the real pipeline
/// and scored like the seeds: proof that nothing is tuned to Iraq. None of its actors is in the
/// curated actor file.
/// </summary>
public sealed class StoryTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Core.Tests", "Events", "Stories", "highlands");
    private static readonly string Expected = Path.Combine(Folder, "expected.json");
    private static readonly Lazy<EvalReport> Report = new(() => SeedEvaluation.Run(Folder, Expected, Pipeline.CreateDefault()));

    [Fact]
    public void Events_are_found_with_their_modality_dates_and_places()
    {
        var events = Report.Value.Events;
        Assert.Empty(Report.Value.Problems);
        Assert.True(events.Recall >= 0.95, events.Format("events"));
        Assert.True(events.Precision >= 0.7, events.Format("events"));
        Assert.Equal(events.Attributes["modality"].Total, events.Attributes["modality"].Right);
        Assert.Equal(events.Attributes["place"].Total, events.Attributes["place"].Right);
        Assert.True(events.Attributes["date"].Right >= events.Attributes["date"].Total - 1, events.Format("events"));
        // README: sources 20/22, targets 22/22.
        Assert.True(events.Attributes["sources"].Right >= events.Attributes["sources"].Total - 2, events.Format("events"));
        Assert.Equal(events.Attributes["targets"].Total, events.Attributes["targets"].Right);
    }

    [Fact]
    public void Claims_and_commitments_are_found_with_their_values_and_states()
    {
        var claims = Report.Value.Claims;
        Assert.Equal(claims.Gold, claims.Found);
        Assert.Equal(claims.Attributes["approx"].Total, claims.Attributes["approx"].Right);
        var commitments = Report.Value.Commitments;
        Assert.Equal(commitments.Gold, commitments.Found);
        Assert.Equal(commitments.Attributes["state"].Total, commitments.Attributes["state"].Right);
        Assert.Equal(commitments.Attributes["phases"].Total, commitments.Attributes["phases"].Right);
        Assert.Equal(commitments.Attributes["conditions"].Total, commitments.Attributes["conditions"].Right);
        Assert.Equal(commitments.Attributes["who"].Total, commitments.Attributes["who"].Right);
    }

    [Fact]
    public void Denials_threats_demands_and_plans_never_come_out_as_occurred()
    {
        var checkedCount = 0;
        foreach (var (gold, doc) in Docs())
        {
            foreach (var g in gold.Events.Where(e => e.Modality is not ("occurred" or "reported" or "claimed")))
            {
                var (start, end) = GoldMatching.Locate(doc.Text, g.Cue)!.Value;
                Assert.DoesNotContain(doc.Events, e => e.Trigger.Start < end && start < e.Trigger.End && e.Modality == Modality.Occurred && g.Types.Contains(e.Type));
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 8);
    }

    [Theory]
    [InlineData("Free Highlands Brigade")]
    [InlineData("Ilan Voss")]
    [InlineData("Mara Lentz")]
    [InlineData("Tomas Brandt")]
    [InlineData("Lodravia")]
    [InlineData("Kestria")]
    public void The_storys_unknown_actors_are_detected_and_take_part_in_events(string actor)
    {
        var docs = Docs().ToList();
        var actors = docs.SelectMany(d => d.Gold.Actors).Where(a => a.Name == actor).ToList();
        Assert.Contains(docs, d => d.Doc.Actors.Any(m => !m.ActorId.StartsWith("guess:", StringComparison.Ordinal)
            && GoldMatching.NameMatches(actor, [m.Span.Text(d.Doc.Text)], actors)));
        Assert.Contains(docs, d => d.Doc.Events.Any(e => GoldMatching.NameMatches(actor, [.. e.Sources, .. e.Targets], actors)));
    }

    private static IEnumerable<(GoldArticle Gold, AnnotatedArticle Doc)> Docs()
    {
        var pipeline = Pipeline.CreateDefault();
        foreach (var gold in GoldReader.Parse(File.ReadAllText(Expected)))
        {
            GivenDate.TryParse(gold.Published!, out var published, out _);
            var read = new ArticleReader(new ReadOptions(published)).ReadFile(Path.Combine(Folder, gold.File));
            yield return (gold, pipeline.Run(Assert.Single(read.Articles)));
        }
    }
}
