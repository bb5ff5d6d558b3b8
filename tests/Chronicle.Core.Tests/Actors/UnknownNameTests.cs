using Chronicle.Core.Model;
using static Chronicle.Core.Tests.Actors.ActorTestKit;

namespace Chronicle.Core.Tests.Actors;

/// <summary>Names the actor file does not know are kept with a guessed kind. Sentences are our own.</summary>
public class UnknownNameTests
{
    [Theory]
    [InlineData("A video from Saraya Thar al-Muhandis claimed the attack.", "Saraya Thar al-Muhandis", ActorKind.ArmedGroup)]
    [InlineData("A video from the Northern Shield Brigades claimed the attack.", "Northern Shield Brigades", ActorKind.ArmedGroup)]
    [InlineData("A report by the Basra Water Commission found leaks.", "Basra Water Commission", ActorKind.Organisation)]
    [InlineData("A report by the Tigris Evening News found leaks.", "Tigris Evening News", ActorKind.Media)]
    [InlineData("Lieutenant-General Samir Haddad said the road was open.", "Samir Haddad", ActorKind.Person)]
    [InlineData("Talks were led by Ahmed Zubaidi of the ministry.", "Ahmed Zubaidi", ActorKind.Person)]
    public void UnknownNamesAreKeptWithTheirKind(string text, string surface, ActorKind kind)
    {
        var m = At(text, Find(text), surface);
        Assert.StartsWith("new:", m.ActorId, StringComparison.Ordinal);
        Assert.Equal(kind, m.Kind);
        Assert.True(m.Confidence < 0.7);
    }

    [Theory]
    [InlineData("Lodravia will free 20 prisoners. The Lodravian parliament agreed.", true)]
    [InlineData("Kestria closed the border. A Kestrian official said so.", true)]
    [InlineData("Tensions rose overnight. The Kestrian official said so.", false)]
    public void ASentenceStartIsANameWhenItsAdjectiveIsUsedMidSentence(string text, bool name)
    {
        var first = text[..text.IndexOf(' ', StringComparison.Ordinal)];
        Assert.Equal(name, Find(text).Any(m => m.Span.Start == 0 && m.Span.Text(text) == first));
    }

    [Fact]
    public void TitlesBeforeAKnownNameNameNoOneOfTheirOwn()
    {
        const string text = "The panel is headed by the Army Chief of Staff Lieutenant-General Abdul Amir Yarallah.";
        Assert.DoesNotContain(Find(text), m => m.Span.Text(text) is "General" or "Lieutenant-General" or "Lieutenant");
    }

    [Theory]
    [InlineData("The factions repeated their commitment to the Unity of Fronts doctrine.", "Unity of Fronts")]
    [InlineData("The brigade withdrew under the Camp Halden accords.", "Camp Halden")]
    public void ANameBeforeADoctrineOrAccordIsNoActor(string text, string surface) =>
        Assert.DoesNotContain(Find(text), m => m.Span.Text(text) == surface);

    [Fact]
    public void OrganisationIsNotJoinedToAPossessiveAfterIn()
    {
        // "in Scott's district" places the college; "Scott's" owns the next noun and is a person of its own.
        const string text = "\"It is close,\" said Ann Reyes, a historian at Harold Brook University in Scott's district.";
        var mentions = Find(text);
        Assert.DoesNotContain(mentions, m => m.Span.Text(text).Contains("University in", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownIdIsTheNormalisedName()
    {
        const string text = "Witnesses named Abu Hasan al-Tamimi as the organiser.";
        Assert.Equal("new:abu hasan tamimi", At(text, Find(text), "Abu Hasan al-Tamimi").ActorId);
    }

    [Fact]
    public void SpellingVariantsOfAnUnknownNameCluster()
    {
        const string text = "Hadi Kazemi arrived first. A rival, Hadi Kadhimi, arrived later.";
        var mentions = Find(text);
        Assert.Equal(At(text, mentions, "Hadi Kazemi").ActorId, At(text, mentions, "Hadi Kadhimi").ActorId);
    }

    [Fact]
    public void TitleCaseLinesAreNotNames()
    {
        const string text = "Sign Up For Our Weekly Digest Today\nNothing here is a name.";
        Assert.Empty(Find(text));
    }

    [Fact]
    public void SentenceInitialWordIsANameOnlyIfCapitalisedElsewhere()
    {
        const string text = "Moves to calm things failed. Zubair said so. Officials then met Zubair again.";
        var mentions = Find(text);
        Assert.DoesNotContain(mentions, m => m.Span.Text(text) == "Moves");
        Assert.Equal(2, mentions.Count(m => m.Span.Text(text) == "Zubair"));
    }

    [Fact]
    public void AgreementsAndDoctrinesAreNotActors()
    {
        const string text = "Both sides cited the Strategic Framework Agreement and the Unity of Arenas Doctrine.";
        Assert.Empty(Find(text));
    }

    [Fact]
    public void ReligiousAndEthnicAdjectivesAreNotActors()
    {
        const string text = "Leaders of Shia and Sunni parties met Kurdish delegates.";
        Assert.Empty(Find(text));
    }

    [Fact]
    public void PartyTagsAndPoliticalAdjectivesAreNotNames()
    {
        const string text = "Senator Jane Roe (R-IN) and Democratic allies met Hispanics for lunch.";
        Assert.Equal(["new:jane roe"], Find(text).Select(m => m.ActorId));
    }

    [Fact]
    public void NewCanOpenAName()
    {
        const string text = "A report in the New Valley Herald said so.";
        Assert.Equal("New Valley Herald", Find(text).Single().Span.Text(text));
    }

    [Fact]
    public void ShortSentenceFullOfNamesIsNotAHeadline()
    {
        const string text = "Deputy Governor Lina Sarraf visited Port Hadley on Monday.";
        var m = At(text, Find(text), "Lina Sarraf");
        Assert.Equal(ActorKind.Person, m.Kind);
    }

    [Fact]
    public void NameStartsAfterATitleInsideACapitalisedRun()
    {
        const string text = "The plan was backed by Water Minister Idris Kamal yesterday.";
        var m = At(text, Find(text), "Idris Kamal");
        Assert.Equal(ActorKind.Person, m.Kind);
        Assert.Equal("new:idris kamal", m.ActorId);
    }

    [Fact]
    public void PeriodOfATitleAbbreviationDoesNotEndTheSentence()
    {
        const string text = "Asked again, Mr. Halvorsen declined. Sen. Ada Quell agreed.";
        var mentions = Find(text);
        Assert.Equal(ActorKind.Person, At(text, mentions, "Halvorsen").Kind);
        Assert.Equal(ActorKind.Person, At(text, mentions, "Ada Quell").Kind);
    }

    [Fact]
    public void CourtsAndCouncilsKeepTheirAdjectives()
    {
        const string text = "The ruling of the Supreme Court angered the National Security Council.";
        var mentions = Find(text);
        Assert.Equal(ActorKind.Organisation, At(text, mentions, "Supreme Court").Kind);
        Assert.Equal(ActorKind.Organisation, At(text, mentions, "National Security Council").Kind);
    }
}
