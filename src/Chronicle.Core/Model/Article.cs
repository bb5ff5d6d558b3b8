namespace Chronicle.Core.Model;

/// <summary>
/// One cleaned news article: the text a reader sees, with everything around it (menus, tickers,
/// link lists) removed. Every annotation's span points into <see cref="Text"/>.
/// </summary>
/// <param name="Id">Stable identifier: the first 16 hex digits of <see cref="ContentHash"/>.</param>
/// <param name="Text">Clean body text; the title is not repeated in it.</param>
/// <param name="Source">The file path or URL the article was read from.</param>
/// <param name="Part">1-based index of the article inside its source (a page may hold two).</param>
/// <param name="ContentHash">SHA-256 (hex) of the clean text: identical text means the same article.</param>
/// <param name="Summary">A standfirst set apart above the story (not part of <see cref="Text"/>), if the page has one.</param>
public sealed record Article(
    string Id,
    string Text,
    string Source,
    int Part,
    string ContentHash,
    string? Title,
    string? Outlet,
    string? Byline,
    string? Url,
    PublicationTime Published,
    string? Summary = null);
