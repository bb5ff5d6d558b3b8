using Chronicle.Core.Model;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// What the page's markup states about the article (HTML &lt;title&gt;, og:site_name, meta author,
/// article:published_time); each, when present, wins over what the line cleaner guesses from the text.
/// </summary>
public sealed record PageHints(string? Title = null, string? Outlet = null, string? Byline = null, PublicationTime? Published = null, string? Url = null)
{
    public static PageHints None { get; } = new();
}
