using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Who "the prime minister" is: the holder of the role as of the article's publication date, narrowed
/// by the qualifier ("Iraqi", "Iraq's", "of Iraq"). Without a qualifier, the holder the document names,
/// else the holder for the state the document mentions most. Without a publication date, a title is
/// resolved only when exactly one person the document names has ever held it (less surely).
/// </summary>
internal static class RoleResolver
{
    public static (int Actor, double Confidence)? Resolve(MentionContext ctx, int title, int qualifier)
    {
        if (qualifier < 0 && !ctx.Catalog.Titles[title].Alone)
        {
            return null;
        }

        var named = ctx.Mentions.Where(m => m.Actor >= 0 && m.Kind == ActorKind.Person).Select(m => m.Actor).ToHashSet();
        var qualifierId = qualifier >= 0 ? ctx.Catalog[qualifier].Id : null;
        var roles = ctx.Catalog.RoleHolders[title]
            .Where(h => qualifierId is null || string.Equals(h.Role.Of, qualifierId, StringComparison.Ordinal))
            .ToList();
        if (roles.Count == 0)
        {
            return null;
        }

        if (!PartialDate.TryParse(ctx.Published.IsKnown ? ctx.Published.Value : null, out var date))
        {
            var people = roles.Select(h => h.Actor).Where(named.Contains).Distinct().ToList();
            return people.Count == 1 ? (people[0], 0.6) : null;
        }

        var confidence = 0.85;
        var holders = roles.Where(h => h.Role.SurelyHeldOn(date.First) && h.Role.SurelyHeldOn(date.Last)).ToList();
        if (holders.Count == 0)
        {
            holders = roles.Where(h => h.Role.PossiblyHeldOn(date.First) || h.Role.PossiblyHeldOn(date.Last)).ToList();
            confidence -= 0.15;
        }

        var actors = holders.Select(h => h.Actor).Distinct().ToList();
        if (actors.Count == 0)
        {
            return null;
        }

        if (qualifier >= 0 && actors.Count == 1)
        {
            return (actors[0], named.Contains(actors[0]) ? confidence + 0.05 : confidence);
        }

        var namedHolders = actors.Where(named.Contains).ToList();
        if (namedHolders.Count == 1)
        {
            return (namedHolders[0], confidence - 0.1);
        }

        if (qualifier >= 0)
        {
            return null;
        }

        // Unqualified and no holder named: the state (or body) the document is most about.
        var salience = holders
            .GroupBy(h => h.Role.Of, StringComparer.Ordinal)
            .Select(g => (Of: g.Key, Actors: g.Select(h => h.Actor).Distinct().ToList(), Count: ctx.Mentions.Count(m => string.Equals(m.ActorId, g.Key, StringComparison.Ordinal))))
            .OrderByDescending(x => x.Count)
            .ToList();
        if (salience[0].Count > 0 && (salience.Count == 1 || salience[1].Count < salience[0].Count) && salience[0].Actors.Count == 1)
        {
            return (salience[0].Actors[0], confidence - 0.25);
        }

        return null;
    }
}
