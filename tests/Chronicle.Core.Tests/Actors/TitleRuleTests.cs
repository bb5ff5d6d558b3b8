using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>Role titles resolved as of the article's date. Sentences are our own.</summary>
public class TitleRuleTests
{
    private const string IraqiPm = "Later, the Iraqi prime minister said the plan was fair.";

    [Theory]
    [InlineData("2021-06-01", "mustafa-al-kadhimi")]
    [InlineData("2022-10-26", "mustafa-al-kadhimi")]
    [InlineData("2022-10-27", "mohammed-shia-al-sudani")]
    [InlineData("2023-03", "mohammed-shia-al-sudani")]
    public void QualifiedTitleResolvesToTheHolderOnThePublicationDate(string published, string id)
    {
        var m = At(IraqiPm, Find(IraqiPm, published), "Iraqi prime minister");
        Assert.Equal(id, m.ActorId);
        Assert.Equal(ActorKind.Person, m.Kind);
    }

    [Fact]
    public void MonthSpanningAChangeOfHolderIsNotGuessed()
    {
        Assert.DoesNotContain(Find(IraqiPm, "2022-10"), m => m.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("2019-05-01", "donald-trump")]
    [InlineData("2022-05-01", "joe-biden")]
    [InlineData("2025-03-01", "donald-trump")]
    public void UsPresidentByDate(string published, string id)
    {
        const string text = "Envoys briefed the US president on the talks.";
        Assert.Equal(id, At(text, Find(text, published), "US president").ActorId);
    }

    [Fact]
    public void WithoutADateATitleNeedsItsHolderNamedInTheDocument()
    {
        const string alone = "The prime minister of Iraq said the plan was fair.";
        Assert.DoesNotContain(Find(alone), m => m.Kind == ActorKind.Person);

        const string named = "Prime Minister Mustafa al-Kadhimi arrived. Later the prime minister said the plan was fair.";
        var m = At(named, Find(named), "prime minister");
        Assert.Equal("mustafa-al-kadhimi", m.ActorId);
        Assert.True(m.Confidence <= 0.6);
    }

    [Fact]
    public void TitleBeforeANameMakesOneMention()
    {
        const string text = "Prime Minister Mustafa al-Kadhimi arrived in Najaf.";
        var mentions = Find(text, "2021-01-10");
        Assert.Equal(["mustafa-al-kadhimi", "najaf"], mentions.Select(m => m.ActorId));
        Assert.Equal("Mustafa al-Kadhimi", mentions[0].Span.Text(text));
    }

    [Theory]
    [InlineData("The former prime minister of Iraq spoke.")]
    [InlineData("A prime minister should listen, she said.")]
    public void FormerOrIndefiniteTitlesAreNotReferences(string text) =>
        Assert.DoesNotContain(Find(text, "2023-01-01"), m => m.Kind == ActorKind.Person);

    [Fact]
    public void BareTitleResolvesThroughTheStateTheDocumentIsAbout()
    {
        const string text = "Iraq and its neighbours met in Iraq. The prime minister spoke first.";
        Assert.Equal("mohammed-shia-al-sudani", At(text, Find(text, "2024-02-01"), "prime minister").ActorId);
    }

    [Fact]
    public void ShortFormOfTheTitleWorks()
    {
        const string text = "Iraq hosted the summit. Aides said the PM was pleased.";
        Assert.Equal("mohammed-shia-al-sudani", At(text, Find(text, "2024-02-01"), "PM").ActorId);
    }

    [Fact]
    public void TitlesManyPeopleHoldNeedAQualifier()
    {
        const string text = "Esmail Qaani visited Baghdad. The commander of a local unit said he saw nothing.";
        Assert.DoesNotContain(Find(text, "2021-04-15"), m => m.Span.Text(text) == "commander");
    }

    [Fact]
    public void OrganisationQualifiesATitle()
    {
        const string text = "Reporters asked the Pentagon spokesperson about the convoy.";
        var m = At(text, Find(text, "2024-03-01"), "Pentagon spokesperson");
        Assert.Equal("patrick-ryder", m.ActorId);
    }
}
