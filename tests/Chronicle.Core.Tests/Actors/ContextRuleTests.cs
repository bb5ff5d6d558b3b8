using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>Metonymy, governments, administrations, surnames and acronyms. Sentences are our own.</summary>
public class ContextRuleTests
{
    [Fact]
    public void CapitalAsSubjectIsItsState()
    {
        const string text = "Washington rejected the offer, and Tehran said nothing.";
        var mentions = Find(text);
        var w = At(text, mentions, "Washington");
        Assert.Equal("united-states", w.ActorId);
        Assert.Equal(ActorKind.Government, w.Kind);
        Assert.Equal("iran", At(text, mentions, "Tehran").ActorId);
    }

    [Theory]
    [InlineData("The delegation flew to Ankara on Monday.")]
    [InlineData("Protests continued in Ankara for a week.")]
    [InlineData("Staff at the Ankara embassy were evacuated.")]
    public void CapitalAsALocationIsThePlace(string text)
    {
        var m = At(text, Find(text), "Ankara");
        Assert.Equal("ankara", m.ActorId);
        Assert.Equal(ActorKind.Place, m.Kind);
    }

    [Fact]
    public void CoordinatedCapitalsShareThePreposition()
    {
        const string text = "Offices in Amman and Cairo were closed.";
        var mentions = Find(text);
        Assert.Equal("cairo", At(text, mentions, "Cairo").ActorId);
    }

    [Theory]
    [InlineData("the American side", "American side", "united-states")]
    [InlineData("the Iranian authorities", "Iranian authorities", "iran")]
    [InlineData("the US administration", "US administration", "united-states")]
    [InlineData("Syria's government", "Syria's government", "syria")]
    public void DemonymOrStateWithAGovernmentNounIsTheState(string phrase, string surface, string id)
    {
        var text = $"Negotiators said {phrase} had agreed.";
        var m = At(text, Find(text), surface);
        Assert.Equal(id, m.ActorId);
        Assert.Equal(ActorKind.Government, m.Kind);
    }

    [Fact]
    public void DemonymBeforeStateAgentsNamesTheStateActingThroughThem()
    {
        // The file's agentNouns: a state acts through its officials and troops (event coding's "JOR government"),
        // a person ("a Jordanian official") or a thing ("Egyptian troop carriers") is not the state.
        const string text = "Jordanian officials and Egyptian troops met on the border. A Jordanian official saw Egyptian troop carriers.";
        var mentions = Find(text);
        Assert.Equal("jordan", At(text, mentions, "Jordanian officials").ActorId);
        Assert.Equal("egypt", At(text, mentions, "Egyptian troops").ActorId);
        Assert.Equal(2, mentions.Count(m => m.ActorId is "jordan" or "egypt"));
    }

    [Fact]
    public void PresidentsAdministrationIsTheState()
    {
        const string text = "The Obama administration sent envoys, but Obama's aides stayed home.";
        var mentions = Find(text);
        Assert.Equal("united-states", At(text, mentions, "Obama administration").ActorId);
        Assert.Equal("barack-obama", At(text, mentions, "Obama").ActorId);
    }

    [Fact]
    public void APresidentsPossessiveAdministrationKeepsThePersonAndNamesTheState()
    {
        const string text = "Critics said Obama's administration moved slowly, while Obama's advisers disagreed.";
        var mentions = Find(text);
        Assert.Equal("united-states", At(text, mentions, "administration").ActorId);
        Assert.Equal(2, mentions.Count(m => m.ActorId == "barack-obama"));
    }

    [Fact]
    public void ACoalitionOfMilitiasIsTheUmbrellaGroupNamedBeforeNotTheUsLedCoalition()
    {
        const string text = "The US-led coalition closed a base. The Islamic Resistance in Iraq said its drones hit a port. Hours later, the coalition of militias posted a video.";
        var mentions = Find(text);
        Assert.Equal("islamic-resistance-in-iraq", At(text, mentions, "coalition").ActorId);
    }

    [Fact]
    public void NationalMilitiasOpeningTheSentenceAfterTheirUmbrellaAreTheUmbrella()
    {
        const string text = "The Islamic Resistance in Iraq pledged to keep up its campaign. Iraqi militias said on Friday they had fired rockets at a port.";
        var mentions = Find(text);
        Assert.Equal("islamic-resistance-in-iraq", At(text, mentions, "Iraqi militias").ActorId);
    }

    [Theory]
    [InlineData("The Islamic Resistance in Iraq pledged to keep up its campaign. Officials said other Iraqi militias had fired rockets at a port.")]
    [InlineData("The Islamic Resistance in Iraq pledged to keep up its campaign. The talks went on. Iraqi militias had fired rockets at a port.")]
    [InlineData("Hezbollah pledged to keep up its campaign. Syrian militias said they had fired rockets at a port.")]
    public void NationalMilitiasAreTheirOwnGroupUnlessTheyOpenTheSentenceAfterTheirUmbrella(string text)
    {
        var mentions = Find(text);
        var militias = text.IndexOf("militias", StringComparison.Ordinal);
        Assert.DoesNotContain(mentions, m => m.Span.Start < militias && m.Span.End > militias && !m.ActorId.StartsWith("new:", StringComparison.Ordinal));
    }

    [Fact]
    public void ACoalitionOfFactionsWithNoUmbrellaNamedIsLeftUnresolved()
    {
        const string text = "The US-led coalition closed a base. Hours later, the coalition of armed factions posted a video.";
        var mentions = Find(text);
        Assert.DoesNotContain(mentions, m => m.Span.Start > text.IndexOf("Hours", StringComparison.Ordinal) && m.ActorId == "us-led-coalition");
    }

    [Fact]
    public void SurnameFollowsAFullNameInTheSameDocument()
    {
        const string text = "Pentagon spokesman Patrick Ryder spoke on Tuesday. Ryder said talks continue.";
        var mentions = Find(text);
        Assert.Equal("patrick-ryder", At(text, mentions, "Ryder").ActorId);
    }

    [Fact]
    public void CommonSurnameAloneIsNotResolvedToACuratedPerson()
    {
        const string text = "A local baker, Miller, said bread prices rose.";
        Assert.DoesNotContain(Find(text), m => m.ActorId == "matthew-miller");
    }

    [Fact]
    public void UnknownPersonAndTheirSurnameShareAnId()
    {
        const string text = "Karim Bazzaz, a tribal leader, spoke first. Later Bazzaz said the road was open.";
        var mentions = Find(text);
        var full = At(text, mentions, "Karim Bazzaz");
        Assert.StartsWith("new:", full.ActorId, StringComparison.Ordinal);
        Assert.Equal(ActorKind.Person, full.Kind);
        Assert.Equal(full.ActorId, At(text, mentions, "Bazzaz").ActorId);
    }

    [Fact]
    public void SurnameWithArticleAndSpellingVariantJoinsTheFullName()
    {
        const string text = "Sheikh Mahmoud al-Rubaie spoke. Al-Rubaei later denied it.";
        var mentions = Find(text);
        Assert.Equal(At(text, mentions, "Mahmoud al-Rubaie").ActorId, At(text, mentions, "Al-Rubaei").ActorId);
    }

    [Fact]
    public void AcronymInParenthesesBecomesADocumentAlias()
    {
        const string text = "The Zagros Defence Council (ZDC) met. On Sunday the ZDC rejected the plan.";
        var mentions = Find(text);
        var full = At(text, mentions, "Zagros Defence Council");
        Assert.Equal(ActorKind.Organisation, full.Kind);
        Assert.Equal(full.ActorId, At(text, mentions, "ZDC", 0).ActorId);
        Assert.Equal(full.ActorId, At(text, mentions, "ZDC", 1).ActorId);
    }

    [Fact]
    public void SharedSurnameGoesToTheNearestFullNameLessSurely()
    {
        const string text = "Ruth Kassab and Omar Kassab arrived. Kassab spoke first.";
        var m = At(text, Find(text), "Kassab", 0);
        Assert.Equal("new:omar kassab", m.ActorId);
        Assert.True(m.Confidence <= 0.5);
    }
}
