using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>Curated names, aliases and spelling variants. Every sentence here is our own.</summary>
public class GazetteerRuleTests
{
    [Theory]
    [InlineData("Fighters of Kataib Hezbollah paraded in the south.", "Kataib Hezbollah")]
    [InlineData("Fighters of Kataeb Hezbollah paraded in the south.", "Kataeb Hezbollah")]
    [InlineData("Fighters of Kata’ib Hezbollah paraded in the south.", "Kata’ib Hezbollah")]
    [InlineData("Fighters of Kata'ib Hizbollah paraded in the south.", "Kata'ib Hizbollah")]
    public void SpellingsOfOneGroupResolveToIt(string text, string surface)
    {
        var m = At(text, Find(text), surface);
        Assert.Equal("kataib-hezbollah", m.ActorId);
        Assert.Equal(ActorKind.ArmedGroup, m.Kind);
    }

    [Theory]
    [InlineData("A statement quoted Mustafa al-Kazimi on the talks.", "Mustafa al-Kazimi", "mustafa-al-kadhimi")]
    [InlineData("A statement quoted Qasem Soleymani on the talks.", "Qasem Soleymani", "qassem-soleimani")]
    [InlineData("A statement quoted Hadi al-Amery on the talks.", "Hadi al-Amery", "hadi-al-ameri")]
    public void UnlistedTransliterationsResolveThroughTheFoldingRules(string text, string surface, string id)
    {
        var m = At(text, Find(text), surface);
        Assert.Equal(id, m.ActorId);
        Assert.True(m.Confidence < 0.9, "a transliterated match is less sure than a listed alias");
    }

    [Theory]
    [InlineData("Aides to el-Sudani declined to comment.", "el-Sudani")]
    [InlineData("Aides to Al-Sudani declined to comment.", "Al-Sudani")]
    [InlineData("Aides to Sudani declined to comment.", "Sudani")]
    public void ArticleFormsShareTheName(string text, string surface) =>
        Assert.Equal("mohammed-shia-al-sudani", At(text, Find(text), surface).ActorId);

    [Fact]
    public void AcronymsMatchOnlyInCapitals()
    {
        const string text = "Let us see whether IS fighters or the US envoy is right.";
        var mentions = Find(text);
        Assert.Equal(["isis", "united-states"], mentions.Select(m => m.ActorId));
    }

    [Fact]
    public void LongestNameWins()
    {
        const string text = "The Islamic Resistance in Iraq and the Islamic Resistance Movement both issued statements.";
        var mentions = Find(text);
        Assert.Equal("islamic-resistance-in-iraq", At(text, mentions, "Islamic Resistance in Iraq").ActorId);
        Assert.Equal("hamas", At(text, mentions, "Islamic Resistance Movement").ActorId);
    }

    [Fact]
    public void PossessiveIsLeftOutOfTheSpan()
    {
        const string text = "Jordan’s king spoke to Turkey's president.";
        var mentions = Find(text);
        Assert.Equal("jordan", At(text, mentions, "Jordan").ActorId);
    }

    [Fact]
    public void ScrapedPossessiveWithoutApostropheStillFindsTheName()
    {
        const string text = "Critics said Erdogans plan would fail.";
        var m = At(text, Find(text), "Erdogan");
        Assert.Equal("recep-tayyip-erdogan", m.ActorId);
        Assert.True(m.Confidence <= 0.7);
    }

    [Fact]
    public void GluedScrapeWordsStillYieldTheName()
    {
        const string text = "The convoy crossed intoSyria at dawn.";
        Assert.Equal("syria", At(text, Find(text), "Syria").ActorId);
    }

    [Fact]
    public void HyphenatedModifierIsAWeakerMention()
    {
        const string text = "The Turkey-backed militia and Turkey itself disagreed.";
        var mentions = Find(text);
        Assert.True(At(text, mentions, "Turkey", 0).Confidence < At(text, mentions, "Turkey", 1).Confidence);
    }

    [Fact]
    public void TwoLetterAcronymsInShoutedLinesAreWords()
    {
        Assert.Empty(Find("WHAT IS NEXT FOR THE TALKS"));
        const string text = "The IS cell was dismantled.";
        Assert.Equal("isis", Find(text).Single().ActorId);
    }
}
