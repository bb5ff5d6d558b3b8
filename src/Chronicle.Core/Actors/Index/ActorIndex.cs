using System.Globalization;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Actors.Recognition;
using Chronicle.Core.Contract;

namespace Chronicle.Core.Actors.Index;

/// <summary>
/// The actors of a stored corpus, aggregated from the articles' contract form (what
/// <c>IChronicleStore.All()</c> yields): mention counts, the forms seen, roles from the actor file, and
/// each actor's mentions in time order. Unknown actors ("new:…") with similar names are clustered, and
/// an unknown whose name the actor file knows joins the curated actor. Pure: no store, no clock.
/// </summary>
public sealed class ActorIndex
{
    private readonly Dictionary<string, List<ActorMentionRow>> _mentions;
    private readonly Dictionary<string, string> _canonicalOf;
    private readonly ActorCatalog _catalog;

    private ActorIndex(ActorCatalog catalog, IReadOnlyList<ActorSummary> actors, Dictionary<string, List<ActorMentionRow>> mentions, Dictionary<string, string> canonicalOf)
    {
        _catalog = catalog;
        Actors = actors;
        _mentions = mentions;
        _canonicalOf = canonicalOf;
    }

    /// <summary>Canonical actors, most mentioned first.</summary>
    public IReadOnlyList<ActorSummary> Actors { get; }

    public static ActorIndex Build(IEnumerable<ArticleDto> articles, ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = new Dictionary<string, List<ActorMentionRow>>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Name, Dictionary<string, int> Kinds)>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var m in a.Actors)
            {
                if (!rows.TryGetValue(m.Id, out var list))
                {
                    rows[m.Id] = list = [];
                    names[m.Id] = (m.Name, new Dictionary<string, int>(StringComparer.Ordinal));
                }

                list.Add(new ActorMentionRow(a.Id, a.Published.Value, a.Outlet, a.Title, a.Source, m.Start, m.End, m.Text, SentenceOf(a, m.Start), m.Kind, m.Confidence));
                var kinds = names[m.Id].Kinds;
                kinds[m.Kind] = kinds.GetValueOrDefault(m.Kind) + 1;
            }
        }

        var canonicalOf = Cluster(rows.Keys, names.ToDictionary(kv => kv.Key, kv => kv.Value.Name, StringComparer.Ordinal), catalog);
        var merged = new Dictionary<string, List<ActorMentionRow>>(StringComparer.Ordinal);
        foreach (var (id, list) in rows)
        {
            var canonical = canonicalOf[id];
            if (!merged.TryGetValue(canonical, out var target))
            {
                merged[canonical] = target = [];
            }

            target.AddRange(list);
        }

        foreach (var list in merged.Values)
        {
            list.Sort(TimeOrder);
        }

        var summaries = merged
            .Select(kv => Summarise(kv.Key, kv.Value, canonicalOf, names, catalog))
            .OrderByDescending(s => s.Mentions)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new ActorIndex(catalog, summaries, merged, canonicalOf);
    }

    /// <summary>An actor by id, curated name or alias, or a form seen in the corpus; null when none.</summary>
    public ActorSummary? Find(string nameOrId)
    {
        if (_canonicalOf.TryGetValue(nameOrId, out var canonical) || _catalog.Find(nameOrId) is { Id: var curated } && _canonicalOf.TryGetValue(curated, out canonical))
        {
            return Actors.FirstOrDefault(a => a.Id == canonical);
        }

        var key = ActorCatalog.PhraseKey(nameOrId);
        return Actors.FirstOrDefault(a => ActorCatalog.PhraseKey(a.Name) == key)
            ?? Actors.FirstOrDefault(a => a.Aliases.Any(x => ActorCatalog.PhraseKey(x.Text) == key));
    }

    /// <summary>The actor's mentions in time order (article date; unknown dates last), then by position.</summary>
    public IReadOnlyList<ActorMentionRow> MentionsOf(string id) => _mentions.TryGetValue(id, out var list) ? list : [];

    private static Dictionary<string, string> Cluster(IEnumerable<string> ids, Dictionary<string, string> names, ActorCatalog catalog)
    {
        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var representatives = new List<string>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (!id.StartsWith(UnknownClusters.Prefix, StringComparison.Ordinal))
            {
                canonicalOf[id] = id;
                continue;
            }

            if (catalog.Find(names[id]) is { } known)
            {
                canonicalOf[id] = known.Id;
                continue;
            }

            var same = representatives.FirstOrDefault(r => NameSimilarity.Same(names[r], names[id]));
            if (same is null)
            {
                representatives.Add(id);
            }

            canonicalOf[id] = same ?? id;
        }

        return canonicalOf;
    }

    private static ActorSummary Summarise(
        string id, List<ActorMentionRow> rows, Dictionary<string, string> canonicalOf, Dictionary<string, (string Name, Dictionary<string, int> Kinds)> names, ActorCatalog catalog)
    {
        var aliases = rows.GroupBy(r => r.Text, StringComparer.Ordinal)
            .Select(g => new AliasCount(g.Key, g.Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Text, StringComparer.Ordinal)
            .ToList();
        var mergedIds = canonicalOf.Where(kv => kv.Value == id && kv.Key != id).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var dates = rows.Select(r => r.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var articles = rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count();
        if (catalog.Find(id) is { } a && a.Id == id)
        {
            var roles = a.Roles.Select(r => FormatRole(r, catalog)).ToList();
            var memberOf = a.MemberOf.Select(m => catalog.Find(m)?.Name ?? m).ToList();
            return new ActorSummary(id, a.Name, ContractNames.Of(a.Kind), true, rows.Count, articles, aliases, roles, memberOf, mergedIds, dates.FirstOrDefault(), dates.LastOrDefault());
        }

        var kind = canonicalOf.Where(kv => kv.Value == id).SelectMany(kv => names[kv.Key].Kinds)
            .Where(k => k.Key != "unknown").GroupBy(k => k.Key).OrderByDescending(g => g.Sum(k => k.Value)).Select(g => g.Key).FirstOrDefault() ?? "unknown";
        return new ActorSummary(id, names[id].Name, kind, false, rows.Count, articles, aliases, [], [], mergedIds, dates.FirstOrDefault(), dates.LastOrDefault());
    }

    public static string FormatRole(RoleDefinition r, ActorCatalog catalog)
    {
        var of = catalog.Find(r.Of)?.Name ?? r.Of;
        var to = r.To is null ? "" : " to " + (catalog.Find(r.To)?.Name ?? r.To);
        var from = r.Start?.Text ?? "?";
        var until = r.End?.Text ?? "";
        return string.Create(CultureInfo.InvariantCulture, $"{r.Title} of {of}{to} {from}..{until}");
    }

    private static int TimeOrder(ActorMentionRow a, ActorMentionRow b)
    {
        var byDate = (a.Published, b.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(a.Published, b.Published),
        };
        return byDate != 0 ? byDate
            : string.CompareOrdinal(a.ArticleId, b.ArticleId) is var byArticle and not 0 ? byArticle
            : a.Start.CompareTo(b.Start);
    }

    private static string SentenceOf(ArticleDto a, int offset)
    {
        foreach (var s in a.Sentences)
        {
            if (offset >= s.Start && offset < s.End && s.End <= a.Text.Length)
            {
                return Collapse(a.Text.AsSpan(s.Start, s.End - s.Start));
            }
        }

        var from = Math.Max(0, offset - 80);
        var to = Math.Min(a.Text.Length, offset + 80);
        return Collapse(a.Text.AsSpan(from, to - from));
    }

    private static string Collapse(ReadOnlySpan<char> s) => string.Join(' ', s.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
