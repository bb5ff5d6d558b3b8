using Chronicle.Core;
using Chronicle.Core.Model;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-store-").FullName;

    private string DbPath => Path.Combine(_dir, "test.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static AnnotatedArticle Annotated(string body, string source = "a.txt", string? title = "A title")
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        var article = new Article(hash[..16], body, source, 1, hash, title, "Outlet", null, null,
            new PublicationTime("2024-01-25", DatePrecision.Day, PublicationOrigin.Given, "test"));
        return Pipeline.CreateDefault().Run(article);
    }

    [Fact]
    public void Creates_schema_on_first_use_in_wal_mode()
    {
        using var store = SqliteStore.Open(DbPath);
        Assert.Equal(2, store.SchemaVersion);
        using var c = new SqliteConnection($"Data Source={DbPath}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)cmd.ExecuteScalar());
    }

    [Fact]
    public void Saving_the_same_text_twice_adds_nothing_and_remembers_the_other_source()
    {
        using var store = SqliteStore.Open(DbPath);
        var first = Annotated("The council met on Monday. It agreed to a plan.", "one.txt");
        var copy = Annotated("The council met on Monday. It agreed to a plan.", "copy-of-one.html");

        Assert.Equal(SaveOutcome.Added, store.Save(first, DateTimeOffset.UnixEpoch));
        Assert.Equal(SaveOutcome.Duplicate, store.Save(first, DateTimeOffset.UnixEpoch));
        Assert.Equal(SaveOutcome.Duplicate, store.Save(copy, DateTimeOffset.UnixEpoch));

        Assert.Single(store.List());
        Assert.Equal(["one.txt", "copy-of-one.html"], store.SourcesOf(first.Article.Id));
    }

    [Fact]
    public void Round_trips_the_article_and_its_annotations_in_contract_form()
    {
        using (var store = SqliteStore.Open(DbPath))
        {
            store.Save(Annotated("First sentence here. Second one follows."), DateTimeOffset.UnixEpoch);
        }

        using var reopened = SqliteStore.Open(DbPath);
        var all = reopened.All().ToList();
        var a = Assert.Single(all);
        Assert.Equal("First sentence here. Second one follows.", a.Text);
        Assert.Equal("A title", a.Title);
        Assert.Equal("2024-01-25", a.Published.Value);
        Assert.Equal("given", a.Published.Origin);
        Assert.Equal(2, a.Sentences.Count);
        Assert.Equal(a.Id, reopened.Get(a.Id[..6])?.Id);
    }

    [Fact]
    public void Get_returns_null_for_an_unknown_or_ambiguous_id()
    {
        using var store = SqliteStore.Open(DbPath);
        store.Save(Annotated("Alpha text."), DateTimeOffset.UnixEpoch);
        store.Save(Annotated("Beta text."), DateTimeOffset.UnixEpoch);
        Assert.Null(store.Get("zzzz"));
        Assert.Null(store.Get(""));
    }

    [Fact]
    public void Refuses_a_database_from_a_newer_version()
    {
        using (var c = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<InvalidOperationException>(() => SqliteStore.Open(DbPath));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        File.WriteAllText(DbPath, "this is not sqlite, it is a note that must survive");
        Assert.Throws<SqliteException>(() => SqliteStore.Open(DbPath));
        Assert.Equal("this is not sqlite, it is a note that must survive", File.ReadAllText(DbPath));
    }
}
