using Chronicle.Core.Events.Evaluation;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Events;

/// <summary>
/// The real pipeline on the four PKK sample articles (our own, another story) against our reading of
/// them in tests/Chronicle.Core.Tests/Events/Stories/samples-expected.json, written before any rule was tuned on it. It was held out
/// when first measured (events 13/20, commitments 0/3); general rules were since written while looking at
/// its misses (disarming, "within N months", expected plans), so it is no longer held out. Floors are what
/// we measure now (README, "Events, numeric claims and commitments"); they guard against regressions.
/// </summary>
public sealed class HeldOutSampleTests
{
    private static readonly Lazy<EvalReport> Report = new(() =>
        SeedEvaluation.Run(RepoPaths.Samples, Path.Combine(RepoPaths.Root, "tests", "Chronicle.Core.Tests", "Events", "Stories", "samples-expected.json"), Pipeline.CreateDefault()));

    [Fact]
    public void Every_sample_is_read()
    {
        Assert.Empty(Report.Value.Problems);
        Assert.Equal(20, Report.Value.Events.Gold);
    }

    [Fact]
    public void Events_and_claims_of_another_story_are_found()
    {
        var events = Report.Value.Events;
        Assert.True(events.Recall >= 0.99, events.Format("events"));
        var (dates, dated) = events.Attributes["date"];
        Assert.True(dates == dated, events.Format("events"));
        Assert.True(events.Attributes["modality"].Right == events.Attributes["modality"].Total, events.Format("events"));
        Assert.True(events.Attributes["targets"].Right == events.Attributes["targets"].Total, events.Format("events"));
        var (sources, _) = events.Attributes["sources"];
        Assert.True(sources >= 16, events.Format("events"));
        var claims = Report.Value.Claims;
        Assert.True(claims.Recall >= 0.99, claims.Format("claims"));
    }

    [Fact]
    public void Commitments_of_another_story_are_found()
    {
        var commitments = Report.Value.Commitments;
        Assert.True(commitments.Recall >= 0.99, commitments.Format("commitments"));
        var (states, stated) = commitments.Attributes["state"];
        Assert.True(states == stated, commitments.Format("commitments"));
        Assert.True(commitments.Attributes["who"].Right == commitments.Attributes["who"].Total, commitments.Format("commitments"));
    }
}
