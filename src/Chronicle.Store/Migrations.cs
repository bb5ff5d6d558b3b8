namespace Chronicle.Store;

/// <summary>
/// The schema, as an ordered list of migrations. A database records the highest version applied
/// (PRAGMA user_version); opening it applies the rest, each in its own transaction. Never edit a
/// shipped migration: add the next one.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> All =
    [
        // 1: articles with their annotations (JSON contract form) and every source they were read from.
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            outlet TEXT,
            byline TEXT,
            url TEXT,
            source TEXT NOT NULL,
            part INTEGER NOT NULL,
            published_value TEXT,
            published_precision TEXT NOT NULL,
            published_origin TEXT NOT NULL,
            text TEXT NOT NULL,
            annotations TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,
            part INTEGER NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (article_id, source, part)
        ) STRICT;
        """,

        // 2: the story state (canonical events, commitments, claims, near-duplicate fingerprints),
        // updated incrementally as articles arrive. Derived data: rebuilt from articles if lost.
        """
        CREATE TABLE story_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        """,
    ];
}
