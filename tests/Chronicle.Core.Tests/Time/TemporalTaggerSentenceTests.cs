using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using Chronicle.Core.Time;

namespace Chronicle.Core.Tests.Time;

public sealed class TemporalTaggerSentenceTests
{
    [Theory]
    [MemberData(nameof(TimeSentenceCases.All), MemberType = typeof(TimeSentenceCases))]
    public void Sentence_yields_the_expected_expression(string sentence, string published, string text, string type, string value, string mod)
    {
        var pub = published.Length == 0 ? PublicationTime.Unknown : Given(published);
        var times = TemporalTagger.Tag(sentence, pub);
        var found = times.Select(t => $"[{t.Span.Text(sentence)}|{ContractNames.Of(t.Type)}|{t.Value.Value}|{(t.Value.Mod is { } m ? ContractNames.Of(m) : "")}]").ToList();
        var expected = $"[{text}|{type}|{value}|{mod}]";
        Assert.Contains(expected, found);
    }

    [Theory]
    [InlineData("The price rose 2000 points and 1500 troops left.")]
    [InlineData("May I ask a question? The march was peaceful.")]
    [InlineData("A 6-year-old boy and his 52-year-old father were rescued.")]
    [InlineData("The late president spoke; the Sun reported it.")]
    [InlineData("They stayed over the bridge, around the corner.")]
    [InlineData("Officials fear a second wave of layoffs at the mill.")]
    [InlineData("Pension funds hold more than a quarter of the bonds.")]
    [InlineData("The vote felt like high noon for the coalition.")]
    [InlineData("Today's voters distrust the parties.")]
    [InlineData("The minister spoke on \"This Week\" about the plan.")]
    [InlineData("She told \"60 Minutes\" that she would stay.")]
    public void Non_temporal_words_are_not_tagged(string sentence)
    {
        Assert.Empty(TemporalTagger.Tag(sentence, Given("2024-09-19")));
    }

    [Fact]
    public void Tagger_runs_as_the_pipeline_stage_after_the_segmenter()
    {
        var stages = Pipeline.CreateDefault().Stages.Select(s => s.Name).ToList();
        Assert.Equal(stages.IndexOf("segment") + 1, stages.IndexOf("time"));
    }

    private static PublicationTime Given(string date)
    {
        Assert.True(GivenDate.TryParse(date, out var p, out _));
        return p;
    }
}
