using System.Text;
using System.Text.Json;
using Chronicle.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Cli.Tests;

/// <summary>The ingest command end to end: a good batch, a batch with bad inputs, duplicates, exit codes.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;

    private string Db => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string GoodArticle =
        "Council agrees to reopen the northern bridge\n" +
        "The city council voted on Tuesday to reopen the northern bridge by the end of March.\n" +
        "The mayor said the repairs had cost about 4 million dollars.\n";

    [Fact]
    public void Bad_inputs_are_reported_one_line_each_and_the_rest_of_the_batch_is_stored()
    {
        Write("good.txt", GoodArticle);
        Write("empty.txt", "");
        WriteBytes("picture.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        Write("nobody.html", "<html><head><title>Nothing here</title></head></html>");
        using (var big = File.Create(Path.Combine(_dir, "in", "huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
            big.Write(Encoding.ASCII.GetBytes("Start of a very large file. "));
        }

        var result = CliRunner.Run("ingest", Path.Combine(_dir, "in"), Path.Combine(_dir, "missing.txt"), "--db", Db, "--published", "2024-03-01");

        Assert.Equal(1, result.ExitCode); // some failed, some stored
        Assert.Contains("empty.txt: file is empty", result.Error, StringComparison.Ordinal);
        Assert.Contains("picture.txt: binary content", result.Error, StringComparison.Ordinal);
        Assert.Contains("huge.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains("nobody.html", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or folder", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 new", result.Output, StringComparison.Ordinal);

        var articles = CliRunner.Run("articles", "--db", Db, "--json");
        using var doc = JsonDocument.Parse(articles.Output);
        var only = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("2024-03-01", only.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("ok", IntegrityCheck());
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252()
    {
        // 0x93/0x94 are curly quotes in Windows-1252 and invalid on their own in UTF-8.
        var bytes = Encoding.ASCII.GetBytes("Old page title\nThe minister said \u0001 it was final.\n").ToList();
        bytes.InsertRange(bytes.IndexOf((byte)1), [0x93, (byte)'n', (byte)'o', 0x94]);
        bytes.Remove(1);
        var path = WriteBytes("legacy.txt", [.. bytes]);

        var result = CliRunner.Run("annotate", path, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\u201Cno\u201D", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_input_failing_gives_exit_code_3()
    {
        var result = CliRunner.Run("ingest", Write("empty.txt", ""), "--db", Db);
        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public void Reingesting_and_copies_under_other_names_add_nothing()
    {
        var a = Write("a.txt", GoodArticle);
        var b = Write("sub/b-copy.txt", GoodArticle);
        Assert.Equal(0, CliRunner.Run("ingest", a, "--db", Db).ExitCode);

        var again = CliRunner.Run("ingest", a, b, "--db", Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 new, 2 already stored", again.Output, StringComparison.Ordinal);
        var list = CliRunner.Run("articles", "--db", Db, "--json");
        using var doc = JsonDocument.Parse(list.Output);
        var only = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(2, only.GetProperty("sources").GetArrayLength());
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    [InlineData("2024-13")]
    public void A_published_date_that_does_not_exist_is_a_usage_error(string date)
    {
        var result = CliRunner.Run("ingest", Write("a.txt", GoodArticle), "--db", Db, "--published", date);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--published", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Show_finds_an_article_by_id_prefix_and_reports_unknown_ids()
    {
        CliRunner.Run("ingest", Write("a.txt", GoodArticle), "--db", Db);
        using var doc = JsonDocument.Parse(CliRunner.Run("articles", "--db", Db, "--json").Output);
        var id = doc.RootElement[0].GetProperty("id").GetString()!;

        var shown = CliRunner.Run("show", id[..8], "--db", Db);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("northern bridge", shown.Output, StringComparison.Ordinal);

        var missing = CliRunner.Run("show", "ffffffffffff", "--db", Db);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no article with id", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_commands_on_a_missing_database_explain_what_to_do()
    {
        var result = CliRunner.Run("articles", "--db", Db);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("chronicle ingest", result.Error, StringComparison.Ordinal);
    }

    private string IntegrityCheck()
    {
        using var c = new SqliteConnection($"Data Source={Db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string)cmd.ExecuteScalar()!;
    }
}
