using System.Text.Json;
using Chronicle.Cli.Tests.Support;

namespace Chronicle.Cli.Tests;

/// <summary>`chronicle quotes` and `chronicle eval-attribution` end to end. Texts are our own.</summary>
public sealed class AttributionCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-quotes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Quotes_lists_speakers_and_filters_by_actor()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "one.txt"),
            "Ferry talks resume\n\u201CThe ferries will run again in May,\u201D harbour master Ole Brenn told Middle East Eye.\n" +
            "A senior port official said the new timetable was still being drafted.\n");
        var db = Path.Combine(_dir, "test.db");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", db, "--published", "2024-03-01").ExitCode);

        var all = CliRunner.Run("quotes", "--db", db, "--json");
        Assert.Equal(0, all.ExitCode);
        using var doc = JsonDocument.Parse(all.Output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());

        var brenn = CliRunner.Run("quotes", "--db", db, "--actor", "Brenn", "--json");
        using var one = JsonDocument.Parse(brenn.Output);
        var quote = Assert.Single(one.RootElement.EnumerateArray()).GetProperty("quote");
        Assert.Equal("Middle East Eye", quote.GetProperty("venue").GetString());
        Assert.True(quote.GetProperty("direct").GetBoolean());

        var table = CliRunner.Run("quotes", "--db", db, "--actor", "port official");
        Assert.Contains("A senior port official", table.Output, StringComparison.Ordinal);
        Assert.Contains("1 quote(s)", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_attribution_prints_content_cue_and_source_scores()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "text"));
        Directory.CreateDirectory(Path.Combine(_dir, "attributions"));
        const string text = "Headline\n\nThe mayor said the bridge would reopen.\n";
        File.WriteAllText(Path.Combine(_dir, "text", "doc.txt"), text);
        var source = text.IndexOf("The mayor", StringComparison.Ordinal);
        var cue = text.IndexOf("said", StringComparison.Ordinal);
        var content = text.IndexOf("the bridge", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "attributions", "doc_ann1.ann"),
            $"T1\tSource {source} {source + 9}\tThe mayor\nT2\tCue {cue} {cue + 4}\tsaid\nT3\tContent {content} {text.IndexOf('.', content)}\tx\n" +
            $"T4\tAttribution {cue} {cue + 4}\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");

        var result = CliRunner.Run("eval-attribution", _dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 documents, 1 gold attributions, 1 system attributions", result.Output, StringComparison.Ordinal);
        Assert.Contains("source        1.000   1.000  1.000", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_attribution_details_lists_misses_and_our_unmatched_attributions()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "text"));
        Directory.CreateDirectory(Path.Combine(_dir, "attributions"));
        const string text = "Headline\n\nThe ferry will run at dawn, the mayor said.\nThe harbour stayed calm all week.\n";
        File.WriteAllText(Path.Combine(_dir, "text", "doc.txt"), text);
        var calm = text.IndexOf("The harbour", StringComparison.Ordinal);
        var stayed = text.IndexOf("stayed", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "attributions", "doc_ann1.ann"),
            $"T1\tCue {stayed} {stayed + 6}\tstayed\nT2\tContent {calm} {calm + 11}\tThe harbour\nT3\tAttribution {stayed} {stayed + 6}\tstayed\n" +
            "E1\tAttribution-no-source:T3 Content:T2 Cue:T1\n");

        var result = CliRunner.Run("eval-attribution", _dir, "--details");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== doc (gold 1, ours 1, matched 0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("miss    cue «stayed»", result.Output, StringComparison.Ordinal);
        Assert.Contains("extra   cue «said» source «the mayor»", result.Output, StringComparison.Ordinal);
        Assert.Contains("details: 1 gold missed, 0 matched with a wrong cue, 0 matched with a wrong source, 1 of ours matched nothing", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_attribution_on_a_folder_without_the_layout_is_one_clear_error()
    {
        var result = CliRunner.Run("eval-attribution", _dir);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("expected text/ and attributions/", result.Error, StringComparison.Ordinal);
    }
}
