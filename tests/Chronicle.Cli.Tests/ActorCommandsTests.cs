using System.Text.Json;
using Chronicle.Cli.Tests.Support;

namespace Chronicle.Cli.Tests;

/// <summary>`chronicle actors`, `chronicle actor NAME` and `chronicle eval-actors` end to end. Texts are our own.</summary>
public sealed class ActorCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-actors-").FullName;

    private string Db => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Ingest(params (string Name, string Text)[] files)
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(input, name), text);
        }

        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", Db, "--published", "2023-06-01").ExitCode);
    }

    [Fact]
    public void ActorsListsCountsFormsAndRolesAndActorShowsMentions()
    {
        Ingest(
            ("one.txt", "Kataeb Hezbollah threatens convoys\nKataeb Hezbollah said on Monday it would target convoys near Erbil.\nThe Iraqi prime minister condemned the threat.\n"),
            ("two.txt", "Group renews threat\nKata'ib Hezbollah repeated the threat on Friday, and Mohammed Shia al-Sudani called for calm.\n"));

        var list = CliRunner.Run("actors", "--db", Db, "--json");
        Assert.Equal(0, list.ExitCode);
        using var doc = JsonDocument.Parse(list.Output);
        var kh = doc.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "kataib-hezbollah");
        Assert.Equal(2, kh.GetProperty("mentions").GetInt32());
        Assert.Equal(2, kh.GetProperty("articles").GetInt32());
        var sudani = doc.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "mohammed-shia-al-sudani");
        Assert.Equal(2, sudani.GetProperty("mentions").GetInt32());
        Assert.Contains("Prime Minister of Iraq", sudani.GetProperty("roles")[0].GetString(), StringComparison.Ordinal);

        var table = CliRunner.Run("actors", "--db", Db);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Kataib Hezbollah", table.Output, StringComparison.Ordinal);

        var one = CliRunner.Run("actor", "Sudani", "--db", Db);
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("Iraqi prime minister", one.Output, StringComparison.Ordinal);
        Assert.Contains("role: Prime Minister of Iraq", one.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActorNameIsOneClearLine()
    {
        Ingest(("one.txt", "Title\nNothing much happened in Amman.\n"));
        var result = CliRunner.Run("actor", "Nobody Known", "--db", Db);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no actor 'Nobody Known'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDatabaseIsReported()
    {
        var result = CliRunner.Run("actors", "--db", Path.Combine(_dir, "none.db"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no database here yet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalActorsPrintsPrecisionAndRecall()
    {
        var result = CliRunner.Run("eval-actors", RepoPaths.Gold);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("precision", result.Output, StringComparison.Ordinal);
        Assert.Contains("recall", result.Output, StringComparison.Ordinal);
    }
}
