using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Tests.Cleaning;

public sealed class LineClassifierTests
{
    [Theory]
    [InlineData("The council voted on Tuesday to reopen the northern bridge by March.", LineKind.Paragraph)]
    [InlineData("\"We will not give up the harbour,\" the mayor told reporters after the vote.", LineKind.Paragraph)]
    [InlineData("Talks go on this week.", LineKind.ShortSentence)]
    [InlineData("Harbour workers end strike after pay deal", LineKind.Headline)]
    [InlineData("Will the river bridge open in time?", LineKind.ShortSentence)]
    [InlineData("  • Sports", LineKind.Bullet)]
    [InlineData("- Harbour strike ends - Coast Gazette - March 3rd, 2023 [March 3rd, 2023]", LineKind.Bullet)]
    [InlineData("- river pilot", LineKind.Bullet)]
    [InlineData("Skip to content", LineKind.Widget)]
    [InlineData("Above photo: Coast Gazette.", LineKind.Widget)]
    [InlineData("Related News", LineKind.BlockHeading)]
    [InlineData("BREAKING", LineKind.BlockHeading)]
    [InlineData("See the original post:", LineKind.EndMarker)]
    [InlineData("Most Read", LineKind.EndMarker)]
    [InlineData("© 2023 Coast Gazette", LineKind.EndMarker)]
    [InlineData("  • By Jane Harbour", LineKind.Byline)]
    [InlineData("  • 3 Mar 2023 08:15", LineKind.DateLine)]
    [InlineData("March 3, 2023", LineKind.DateLine)]
    [InlineData("4 Min Read", LineKind.Counter)]
    [InlineData("12 Shares", LineKind.Counter)]
    [InlineData("Dock workers gather at the gate before dawn (Coast Gazette)", LineKind.Caption)]
    [InlineData("Dock workers gather at the gate before dawn. (AP)", LineKind.Caption)]
    [InlineData("Jane Harbour/Coast Gazette", LineKind.Credit)]
    [InlineData("Dock workers gather at the gate as the strike enters its second…", LineKind.Teaser)]
    [InlineData("", LineKind.Blank)]
    [InlineData("***", LineKind.Other)]
    public void Classifies_a_line_by_its_shape(string line, LineKind expected)
    {
        Assert.Equal(expected, LineClassifier.Classify(line));
    }

    [Fact]
    public void A_sentence_ending_in_a_long_parenthesis_is_text_not_a_caption()
    {
        Assert.Equal(LineKind.Paragraph, LineClassifier.Classify("The port reopened after the strike ended on Monday (the third this year)."));
    }

    [Fact]
    public void A_long_line_that_merely_contains_a_cue_phrase_is_not_a_cue()
    {
        Assert.Equal(LineKind.Paragraph, LineClassifier.Classify("Most read the report as a warning, the harbour master said on Friday."));
    }

    [Theory]
    [InlineData("He said: \"Go.\"", true)]
    [InlineData("The strike is over.”", true)]
    [InlineData("Harbour workers end strike", false)]
    [InlineData("The mayor listed three reasons for the delay in her letter:", true)]
    public void Knows_sentence_endings(string line, bool expected)
    {
        Assert.Equal(expected, LineClassifier.EndsLikeSentence(line));
    }
}
