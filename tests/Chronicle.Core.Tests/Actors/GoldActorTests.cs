using Chronicle.Core.Actors.Evaluation;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Actors;

/// <summary>Every gold actor of every seed article: each of its forms in the article body resolves to it.</summary>
public class GoldActorTests
{
    private static readonly Lazy<ActorEvalReport> Report = new(() => ActorGoldEvaluation.Run(RepoPaths.Gold, RepoPaths.Seeds, ActorTestKit.Recognizer));

    [Fact]
    public void EveryGoldActorNameIsInTheActorFile() => Assert.Empty(Report.Value.Unmapped);

    [Fact]
    public void EveryFormOfEveryGoldActorResolvesToIt()
    {
        var r = Report.Value;
        var notFound = r.Occurrences
            .GroupBy(o => (o.File, o.Part, o.GoldActor, o.Form))
            .Where(g => !g.Any(o => o.Outcome is OccurrenceOutcome.Correct or OccurrenceOutcome.CorrectAsPlace))
            .Select(g => $"{g.Key.File}#{g.Key.Part} '{g.Key.Form}' ({g.Key.GoldActor}) got {string.Join("; ", g.Select(o => o.Got ?? "-"))}")
            .ToList();
        Assert.True(notFound.Count == 0, string.Join("\n", notFound));
        Assert.Equal(r.Forms, r.FormsFound);
    }

    [Fact]
    public void OccurrencesAreResolvedWithHighPrecisionAndRecall()
    {
        var r = Report.Value;
        Assert.True(r.Precision >= 0.95, r.Summary());
        Assert.True(r.Recall >= 0.95, r.Summary());
    }
}
