using Chronicle.Core.Attribution.Evaluation;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Attribution;

public sealed class AttributionScorerTests
{
    private const string Ann = "T1\tSource 0 5\tAlice\nT2\tCue 6 10\tsaid\nT3\tContent 11 30;35 40\tx\nT4\tAttribution 6 10\tsaid\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tCue 50 55\tasked\nT6\tContent 56 70\ty\nT7\tAttribution-no-source 50 55\tasked\n" +
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n";

    [Fact]
    public void Brat_reader_reads_discontinuous_spans_and_no_source()
    {
        var gold = BratReader.Parse(Ann);
        Assert.Equal(2, gold.Count);
        Assert.Equal([new TextSpan(11, 30), new TextSpan(35, 40)], gold[0].Content);
        Assert.Empty(gold[1].Source);
    }

    [Fact]
    public void Overlap_matching_scores_content_cue_and_source()
    {
        var gold = BratReader.Parse(Ann);
        var system = new[]
        {
            new SystemAttribution([new TextSpan(36, 38)], new TextSpan(6, 10), new TextSpan(2, 4)), // all right
            new SystemAttribution([new TextSpan(60, 65)], new TextSpan(80, 84), new TextSpan(0, 3)), // content only (gold has no source)
            new SystemAttribution([new TextSpan(90, 95)], new TextSpan(6, 10), null), // spurious
        };
        var score = AttributionScorer.Score(system, gold);
        Assert.Equal(new Prf(2, 3, 2), score.Content);
        Assert.Equal(new Prf(1, 3, 2), score.Cue);
        Assert.Equal(new Prf(1, 3, 2), score.Source);
        Assert.Equal(2.0 / 3, score.Content.Precision, 6);
        Assert.Equal(1.0, score.Content.Recall, 6);
    }

    [Fact]
    public void One_system_attribution_matches_one_gold_only()
    {
        var gold = BratReader.Parse("T1\tContent 0 10\ta\nT2\tCue 20 24\tb\nT3\tAttribution 20 24\tb\nE1\tAttribution:T3 Content:T1 Cue:T2\n" +
            "T4\tContent 5 15\ta\nT5\tCue 30 34\tb\nT6\tAttribution 30 34\tb\nE2\tAttribution:T6 Content:T4 Cue:T5\n");
        var score = AttributionScorer.Score([new SystemAttribution([new TextSpan(0, 15)], new TextSpan(30, 34), null)], gold);
        Assert.Equal(1, score.Content.Right);
        Assert.Equal(1, score.Cue.Right);
    }
}
