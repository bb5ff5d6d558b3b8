using Chronicle.Core.Actors.Text;

namespace Chronicle.Core.Tests.Actors;

public class PieceScannerTests
{
    private static List<(string Text, PieceFlags Flags)> Scan(string text) =>
        PieceScanner.Scan(text).Select(p => (p.Span.Text(text), p.Flags)).ToList();

    [Fact]
    public void HyphenSplitsAndMarksTheArabicArticle()
    {
        var pieces = Scan("met el-Masri and al-Jubouri");
        Assert.Equal(["met", "el", "Masri", "and", "al", "Jubouri"], pieces.Select(p => p.Text));
        Assert.True(pieces[1].Flags.HasFlag(PieceFlags.Article));
        Assert.True(pieces[4].Flags.HasFlag(PieceFlags.Article));
        Assert.True(pieces[2].Flags.HasFlag(PieceFlags.HyphenBefore));
    }

    [Fact]
    public void CapitalisedAlBeforeANameIsAnArticleButNotBeforeALowercaseWord()
    {
        var pieces = Scan("Al Arabiya said Al was here");
        Assert.True(pieces[0].Flags.HasFlag(PieceFlags.Article));
        Assert.False(pieces[3].Flags.HasFlag(PieceFlags.Article));
    }

    [Fact]
    public void PossessiveIsCutOffButInnerApostropheStays()
    {
        var pieces = Scan("Jordan’s Kata'ib Workers' We’re");
        Assert.Equal(["Jordan", "Kata'ib", "Workers", "We", "re"], pieces.Select(p => p.Text));
        Assert.True(pieces[0].Flags.HasFlag(PieceFlags.Possessive));
        Assert.True(pieces[2].Flags.HasFlag(PieceFlags.Possessive));
        Assert.False(pieces[1].Flags.HasFlag(PieceFlags.BreakBefore));
    }

    [Fact]
    public void DottedAcronymIsOnePieceAndAllCaps()
    {
        var pieces = Scan("the U.N. envoy");
        Assert.Equal("U.N.", pieces[1].Text);
        Assert.True(pieces[1].Flags.HasFlag(PieceFlags.AllCaps));
    }

    [Fact]
    public void GluedScrapeWordsSplitAtTheCaseChangeButMcNamesDoNot()
    {
        var pieces = Scan("troops fromJordan met McAllister");
        Assert.Equal(["troops", "from", "Jordan", "met", "McAllister"], pieces.Select(p => p.Text));
        Assert.True(pieces[2].Flags.HasFlag(PieceFlags.GluedBefore));
    }

    [Fact]
    public void PunctuationBreaksAndSentenceEndsAreMarked()
    {
        var pieces = Scan("Amman, Cairo. Doha\nRabat");
        Assert.True(pieces[1].Flags.HasFlag(PieceFlags.BreakBefore));
        Assert.False(pieces[1].Flags.HasFlag(PieceFlags.SentenceStart));
        Assert.True(pieces[2].Flags.HasFlag(PieceFlags.SentenceStart));
        Assert.True(pieces[3].Flags.HasFlag(PieceFlags.SentenceStart));
    }
}
