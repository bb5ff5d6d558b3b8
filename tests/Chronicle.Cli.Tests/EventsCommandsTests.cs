using System.Text.Json;
using Chronicle.Cli.Tests.Support;

namespace Chronicle.Cli.Tests;

/// <summary>events, claims and commitment-mentions over a store built by ingest; eval-events on our own story.</summary>
public sealed class EventsCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-events-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Article =
        "Rebels agree to leave the valley by June\n" +
        "The Free Highlands Brigade agreed on Monday to withdraw 400 fighters from the Varn valley by June 2031.\n" +
        "Lodravia said it does not intend to release the prisoners.\n";

    private string Ingest()
    {
        var input = Path.Combine(_dir, "a.txt");
        File.WriteAllText(input, Article);
        var db = Path.Combine(_dir, "t.db");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", db, "--published", "2031-03-05").ExitCode);
        return db;
    }

    [Fact]
    public void Events_lists_and_filters_and_prints_json()
    {
        var db = Ingest();
        var table = CliRunner.Run("events", "--db", db);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("RETREAT", table.Output, StringComparison.Ordinal);
        var rejects = CliRunner.Run("events", "--db", db, "--type", "REJECT", "--json");
        using var doc = JsonDocument.Parse(rejects.Output);
        var reject = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("denied", reject.GetProperty("event").GetProperty("modality").GetString());
    }

    [Fact]
    public void Claims_and_commitment_mentions_list_what_was_extracted()
    {
        var db = Ingest();
        var claims = CliRunner.Run("claims", "--db", db);
        Assert.Contains("400", claims.Output, StringComparison.Ordinal);
        var commitments = CliRunner.Run("commitment-mentions", "--db", db, "--json");
        using var doc = JsonDocument.Parse(commitments.Output);
        var c = Assert.Single(doc.RootElement.EnumerateArray()).GetProperty("commitment");
        Assert.Equal("RETREAT", c.GetProperty("action").GetString());
        Assert.Equal("2031-06", c.GetProperty("deadline").GetProperty("value").GetString());
    }

    [Fact]
    public void A_date_carried_from_the_sentence_before_is_marked_and_kept_in_json()
    {
        var input = Path.Combine(_dir, "b.txt");
        File.WriteAllText(input, "Envoy visits the valley\nLast month, the envoy travelled to Ostgard in secret.\nThe envoy met the rebel commander at the harbour.\n");
        var db = Path.Combine(_dir, "b.db");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", db, "--published", "2031-03-05").ExitCode);
        var table = CliRunner.Run("events", "--db", db, "--type", "CONSULT");
        Assert.Contains("2031-02    ~ CONSULT", table.Output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(CliRunner.Run("events", "--db", db, "--type", "CONSULT", "--json").Output);
        Assert.Contains(doc.RootElement.EnumerateArray(), r => r.GetProperty("event").GetProperty("timeFromContext").GetBoolean());
    }

    [Fact]
    public void A_missing_database_is_a_clear_error()
    {
        var result = CliRunner.Run("events", "--db", Path.Combine(_dir, "none.db"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no database here yet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_events_prints_recall_and_precision_per_category()
    {
        var story = Path.Combine(RepoPaths.Root, "tests", "Chronicle.Core.Tests", "Events", "Stories", "highlands");
        var result = CliRunner.Run("eval-events", story, Path.Combine(story, "expected.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("events", result.Output, StringComparison.Ordinal);
        Assert.Contains("commitments  recall", result.Output, StringComparison.Ordinal);
    }
}
