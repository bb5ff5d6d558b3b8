using System.Globalization;
using System.Text.Json;
using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using Chronicle.Core.Story;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Each article is saved in its own
/// transaction, so a failure mid-batch never leaves a half-written article.
/// </summary>
public sealed class SqliteStore : IChronicleStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            Migrate(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteStore(connection) { Path = path };
    }

    public int SchemaVersion => Convert.ToInt32(Scalar(_connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    public SaveOutcome Save(AnnotatedArticle article, DateTimeOffset ingestedAt)
    {
        var a = article.Article;
        var when = ingestedAt.ToString("O", CultureInfo.InvariantCulture);
        using var tx = _connection.BeginTransaction();
        var existing = Scalar(_connection, "SELECT id FROM articles WHERE content_hash = $h", tx, ("$h", a.ContentHash)) as string;
        var outcome = SaveOutcome.Duplicate;
        if (existing is null)
        {
            var json = JsonSerializer.Serialize(ContractMapper.ToDto(article), ContractJson.Compact);
            Execute(_connection, """
                INSERT INTO articles (id, content_hash, title, outlet, byline, url, source, part, published_value,
                    published_precision, published_origin, text, annotations, ingested_at)
                VALUES ($id, $h, $title, $outlet, $byline, $url, $source, $part, $pv, $pp, $po, $text, $ann, $at)
                """, tx,
                ("$id", a.Id), ("$h", a.ContentHash), ("$title", a.Title), ("$outlet", a.Outlet), ("$byline", a.Byline), ("$url", a.Url),
                ("$source", a.Source), ("$part", a.Part), ("$pv", a.Published.Value), ("$pp", ContractNames.Of(a.Published.Precision)),
                ("$po", ContractNames.Of(a.Published.Origin)), ("$text", a.Text), ("$ann", json), ("$at", when));
            existing = a.Id;
            outcome = SaveOutcome.Added;
        }

        // An exact copy under another file name is the same article: remember where else it was seen.
        Execute(_connection, "INSERT OR IGNORE INTO article_sources (article_id, source, part, first_seen) VALUES ($id, $s, $p, $at)", tx,
            ("$id", existing), ("$s", a.Source), ("$p", a.Part), ("$at", when));
        tx.Commit();
        return outcome;
    }

    public IReadOnlyList<StoredArticleSummary> List()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, title, outlet, published_value, published_origin, source, part, length(text), ingested_at
            FROM articles ORDER BY seq
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<StoredArticleSummary>();
        while (r.Read())
        {
            list.Add(new StoredArticleSummary(
                r.GetString(0), Nullable(r, 1), Nullable(r, 2), Nullable(r, 3), r.GetString(4), r.GetString(5), r.GetInt32(6), r.GetInt32(7),
                DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    public IReadOnlyList<string> SourcesOf(string id)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT source FROM article_sources WHERE article_id = $id ORDER BY rowid";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    public ArticleDto? Get(string idOrPrefix)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT annotations FROM articles WHERE id = $id OR id LIKE $prefix ESCAPE '\\' LIMIT 2";
        cmd.Parameters.AddWithValue("$id", idOrPrefix);
        cmd.Parameters.AddWithValue("$prefix", idOrPrefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var json = r.GetString(0);
        return r.Read() ? null : Deserialize(json);
    }

    public IEnumerable<ArticleDto> All()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT annotations FROM articles ORDER BY seq";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return Deserialize(r.GetString(0));
        }
    }

    public StoryState LoadStory()
    {
        var json = Scalar(_connection, "SELECT state FROM story_state WHERE id = 1") as string;
        var state = json is null ? new StoryState() : JsonSerializer.Deserialize<StoryState>(json, ContractJson.Compact) ?? new StoryState();
        var known = state.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ArticleIds().Where(id => !known.Contains(id)))
        {
            StoryUpdater.Add(state, Get(id)!);
        }

        return state;
    }

    public void SaveStory(StoryState state, DateTimeOffset updatedAt)
    {
        using var tx = _connection.BeginTransaction();
        Execute(_connection, """
            INSERT INTO story_state (id, state, updated_at) VALUES (1, $s, $at)
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """, tx, ("$s", JsonSerializer.Serialize(state, ContractJson.Compact)), ("$at", updatedAt.ToString("O", CultureInfo.InvariantCulture)));
        tx.Commit();
    }

    private List<string> ArticleIds()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM articles ORDER BY seq";
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    public void Dispose() => _connection.Dispose();

    private static ArticleDto Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleDto>(json, ContractJson.Compact) ?? throw new InvalidDataException("stored annotations are empty");

    private static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > Migrations.All.Count)
        {
            throw new InvalidOperationException($"database schema version {version} is newer than this Chronicle knows ({Migrations.All.Count}); upgrade Chronicle");
        }

        for (var v = version; v < Migrations.All.Count; v++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, Migrations.All[v], tx);
            Execute(connection, $"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    private static string? Nullable(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd.ExecuteScalar();
    }
}
