using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using Chronicle.Core.Story;

namespace Chronicle.Store;

/// <summary>What happened when an article was saved.</summary>
public enum SaveOutcome
{
    /// <summary>New article stored.</summary>
    Added,
    /// <summary>The same clean text (same content hash) was already stored; nothing added.</summary>
    Duplicate,
}

/// <summary>One line of the article list.</summary>
public sealed record StoredArticleSummary(
    string Id, string? Title, string? Outlet, string? Published, string PublishedOrigin, string Source, int Part, int Characters, DateTimeOffset IngestedAt);

/// <summary>
/// Persistence behind one interface (SQLite now, PostgreSQL later). Articles are stored with their
/// annotations in the JSON contract form, so every command reads the same shape other programs do.
/// </summary>
public interface IChronicleStore : IDisposable
{
    /// <summary>Saves one annotated article in its own transaction; an article already stored (same hash) is not added again.</summary>
    SaveOutcome Save(AnnotatedArticle article, DateTimeOffset ingestedAt);

    IReadOnlyList<StoredArticleSummary> List();

    /// <summary>One article by id (or a unique id prefix), with all its annotations; null when absent.</summary>
    ArticleDto? Get(string idOrPrefix);

    /// <summary>Every stored article with its annotations, in ingest order.</summary>
    IEnumerable<ArticleDto> All();

    /// <summary>
    /// The story built so far, brought up to date with any stored article it does not include yet
    /// (e.g. after an interrupted ingest): only those articles are processed.
    /// </summary>
    StoryState LoadStory();

    /// <summary>Replaces the stored story state in one transaction.</summary>
    void SaveStory(StoryState state, DateTimeOffset updatedAt);
}
