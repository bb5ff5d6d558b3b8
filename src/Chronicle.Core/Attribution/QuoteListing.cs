using Chronicle.Core.Contract;

namespace Chronicle.Core.Attribution;

/// <summary>One quote of the store with the article it came from.</summary>
public sealed record QuoteRow(string ArticleId, string? Outlet, string? Published, string Source, QuoteDto Quote);

/// <summary>
/// The quotes across stored articles, optionally only those of one actor. An actor matches when the
/// query (case-insensitive, "al-"/"el-" ignored) is contained in the speaker's id, name, description
/// or the speaker text, or the query contains the speaker's name ("Sudani" finds "Mohammed Shia al-Sudani").
/// </summary>
public static class QuoteListing
{
    public static IReadOnlyList<QuoteRow> Filter(IEnumerable<ArticleDto> articles, string? actor)
    {
        var query = actor is null ? null : Normalize(actor);
        var rows = new List<QuoteRow>();
        foreach (var a in articles)
        {
            foreach (var q in a.Quotes)
            {
                if (query is null || Matches(q.Speaker, query))
                {
                    rows.Add(new QuoteRow(a.Id, a.Outlet, a.Published.Value, a.Source, q));
                }
            }
        }

        return rows;
    }

    private static bool Matches(SpeakerDto s, string query)
    {
        foreach (var field in new[] { s.Id, s.Name, s.Description, s.Text })
        {
            if (field is null)
            {
                continue;
            }

            var f = Normalize(field);
            if (f.Length > 0 && (f.Contains(query, StringComparison.Ordinal) || (field == s.Name && query.Contains(f, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string s) =>
        s.ToLowerInvariant().Replace("al-", "", StringComparison.Ordinal).Replace("el-", "", StringComparison.Ordinal).Replace('\u2019', '\'').Trim();
}
