using System.Text;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Actors;

public class ActorCatalogTests
{
    private static ActorCatalog FromJson(string json) =>
        ActorCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void ShippedFileLoadsFromBesideTheBinaries()
    {
        Assert.True(File.Exists(ActorCatalog.DefaultPath));
        Assert.True(ActorTestKit.Catalog.Actors.Count > 150);
    }

    [Fact]
    public void FindsByIdNameAliasAndSpellingVariant()
    {
        var c = ActorTestKit.Catalog;
        Assert.Equal("kataib-hezbollah", c.Find("kataib-hezbollah")?.Id);
        Assert.Equal("kataib-hezbollah", c.Find("Kata’ib Hezbollah")?.Id);
        Assert.Equal("kataib-hezbollah", c.Find("kataeb hizbullah")?.Id);
        Assert.Equal("popular-mobilisation-forces", c.Find("Popular Mobilization Forces")?.Id);
        Assert.Null(c.Find("Nobody In Particular"));
    }

    [Theory]
    [InlineData("DEM Party", "dem-party", ActorKind.Organisation)]
    [InlineData("Justice and Development Party", "ak-party", ActorKind.Organisation)]
    [InlineData("MHP", "mhp", ActorKind.Organisation)]
    [InlineData("Devlet Bahçeli", "devlet-bahceli", ActorKind.Person)]
    [InlineData("Ömer Çelik", "omer-celik", ActorKind.Person)]
    [InlineData("Imrali", "imrali", ActorKind.Place)]
    [InlineData("Diyarbakır", "diyarbakir", ActorKind.Place)]
    public void TheTurkishSideOfThePkkStoryIsInTheFile(string name, string id, ActorKind kind)
    {
        var actor = ActorTestKit.Catalog.Find(name);
        Assert.Equal(id, actor?.Id);
        Assert.Equal(kind, actor!.Kind);
    }

    [Fact]
    public void MembershipsAndRolesAreData()
    {
        var kh = ActorTestKit.Catalog.Find("Kataib Hezbollah")!;
        Assert.Contains("islamic-resistance-in-iraq", kh.MemberOf);
        Assert.Contains("popular-mobilisation-forces", kh.MemberOf);
        var kadhimi = ActorTestKit.Catalog.Find("Mustafa al-Kadhimi")!;
        var pm = Assert.Single(kadhimi.Roles);
        Assert.True(pm.SurelyHeldOn(new DateOnly(2021, 4, 15)));
        Assert.False(pm.SurelyHeldOn(new DateOnly(2022, 10, 27)));
    }

    [Fact]
    public void PartialDatesCoverTheirWholePeriod()
    {
        var role = new RoleDefinition("Chief", "x", null, PartialDate.Parse("2020"), PartialDate.Parse("2023-05"));
        Assert.False(role.SurelyHeldOn(new DateOnly(2020, 6, 1)));
        Assert.True(role.PossiblyHeldOn(new DateOnly(2020, 6, 1)));
        Assert.True(role.SurelyHeldOn(new DateOnly(2022, 1, 1)));
        Assert.True(role.PossiblyHeldOn(new DateOnly(2023, 5, 31)));
        Assert.False(role.SurelyHeldOn(new DateOnly(2023, 5, 2)));
    }

    [Theory]
    [InlineData("""{ "actors": [ { "id": "a", "name": "A", "kind": "person" }, { "id": "a", "name": "B", "kind": "person" } ] }""", "duplicate id")]
    [InlineData("""{ "actors": [ { "id": "a", "name": "A", "kind": "wizard" } ] }""", "unknown kind")]
    [InlineData("""{ "actors": [ { "id": "a", "name": "A", "kind": "person", "roles": [ { "title": "T", "of": "a", "start": "May 2020" } ] } ] }""", "not YYYY")]
    [InlineData("""{ "actors": [ { "id": "a", "name": "A", "kind": "person", "memberOf": ["b"] } ] }""", "unknown actor id 'b'")]
    [InlineData("""{ "actors": [ """, "not valid JSON")]
    [InlineData("""{ "actors": [] }""", "no \"actors\"")]
    public void BadFilesFailWithAReasonNamingTheFile(string json, string reason)
    {
        var e = Assert.Throws<ActorFileException>(() => FromJson(json));
        Assert.Contains("test.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileSaysSo()
    {
        var e = Assert.Throws<ActorFileException>(() => ActorCatalog.Load("/nonexistent/actors.json"));
        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASmallFileIsEnoughForTheRecognizer()
    {
        var catalog = FromJson("""
            { "actors": [ { "id": "zeta-front", "name": "Zeta Front", "kind": "armed group", "aliases": ["ZF"] } ] }
            """);
        var text = "The ZF said the Zeta Front would hold.";
        var mentions = new Chronicle.Core.Actors.ActorRecognizer(catalog).Recognize(text, PublicationTime.Unknown);
        Assert.Equal(["zeta-front", "zeta-front"], mentions.Select(m => m.ActorId));
        Assert.All(mentions, m => Assert.Equal(ActorKind.ArmedGroup, m.Kind));
    }
}
