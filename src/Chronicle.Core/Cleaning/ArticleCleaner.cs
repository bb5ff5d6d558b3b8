using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Turns decoded page text (plain text or HTML) into clean articles.
/// FIRST VERSION: plain text only, first line as title, no boilerplate removal yet.
/// </summary>
public sealed class ArticleCleaner
{
    public ImmutableArray<Article> Clean(string source, string text, PublicationTime? given)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var title = lines[0];
        var body = string.Join('\n', lines.Skip(1));
        if (body.Length == 0)
        {
            return [];
        }

        return [Build(source, 1, body, title, null, null, given ?? PublicationTime.Unknown)];
    }

    internal static Article Build(string source, int part, string body, string? title, string? outlet, string? byline, PublicationTime published)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        return new Article(hash[..16], body, source, part, hash, title, outlet, byline, null, published);
    }
}
