using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Cleaning;

/// <summary>The parts of one article found in its region of the page.</summary>
/// <param name="Paragraphs">The body, one paragraph a line, boilerplate removed.</param>
/// <param name="Standfirst">A summary paragraph set apart above the story by a photo block, if any.</param>
public sealed record ArticleBody(
    string? Title,
    ImmutableArray<string> Paragraphs,
    string? Standfirst,
    string? Byline,
    PublicationTime? Stated);
