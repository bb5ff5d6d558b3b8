using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Tests.Cleaning;

public sealed class BoilerplateCuesTests
{
    [Theory]
    [InlineData("Skip to content", CueKind.Drop)]
    [InlineData("SKIP TO CONTENT", CueKind.Drop)]
    [InlineData("Related News:", CueKind.Block)]
    [InlineData("Read Next", CueKind.End)]
    [InlineData("Photo: Jane Harbour", CueKind.Drop)]
    [InlineData("Related newsletters are sent weekly", CueKind.None)]
    public void The_shipped_list_matches_whole_normalised_lines(string line, CueKind expected)
    {
        Assert.Equal(expected, BoilerplateCues.Default.Match(line));
    }

    [Fact]
    public void A_malformed_cue_file_is_refused_with_the_line()
    {
        var e = Assert.Throws<FormatException>(() => BoilerplateCues.Parse(["shout\tHello"]));
        Assert.Contains("shout", e.Message, StringComparison.Ordinal);
    }
}
