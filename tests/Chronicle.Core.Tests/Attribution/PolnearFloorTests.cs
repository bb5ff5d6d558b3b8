using System.Globalization;
using Chronicle.Core.Attribution.Evaluation;
using Chronicle.Core.Tests.Support;
using Xunit.Abstractions;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>
/// The attribution stage on the PolNeAR dev set (../shared/polnear/dev), scored as its README defines
/// (overlap matching): the F1 floors are just below what the stage measures; raise them when it
/// improves, never lower them.
/// </summary>
public sealed class PolnearFloorTests(ITestOutputHelper output)
{
    private const double ContentF1Floor = 0.884;

    private const double CueF1Floor = 0.853;

    private const double SourceF1Floor = 0.850;

    [Fact]
    public void Content_cue_and_source_f1_stay_above_their_floors()
    {
        var docs = PolnearCorpus.Load(Path.Combine(RepoPaths.Shared, "polnear", "dev"));
        var (total, _) = PolnearCorpus.Evaluate(docs, Pipeline.CreateDefault());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{docs.Count} documents, gold {total.Content.Gold}, system {total.Content.System}: content F1 {total.Content.F1:0.000}, cue F1 {total.Cue.F1:0.000}, source F1 {total.Source.F1:0.000}"));
        Assert.True(total.Content.F1 >= ContentF1Floor, $"content F1 {total.Content.F1:0.000} fell below {ContentF1Floor}");
        Assert.True(total.Cue.F1 >= CueF1Floor, $"cue F1 {total.Cue.F1:0.000} fell below {CueF1Floor}");
        Assert.True(total.Source.F1 >= SourceF1Floor, $"source F1 {total.Source.F1:0.000} fell below {SourceF1Floor}");
    }
}
