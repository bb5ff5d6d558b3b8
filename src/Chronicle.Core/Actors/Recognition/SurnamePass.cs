using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Surname-only mentions ("Yarallah", "Al-Hamidawi", "Amiri") resolve to a person the same document
/// names in full: a curated person (any of their multi-word names) or an unknown multi-word person
/// name (an unknown name of unknown kind becomes a person's by this use). Spelling variants meet through
/// transliteration keys. When two people share the surname, the
/// nearest full mention before wins. Surnames before the first full mention are less sure.
/// </summary>
internal static class SurnamePass
{
    private readonly record struct FullName(int Piece, Candidate Mention);

    public static void Run(MentionContext ctx)
    {
        var byKey = CollectFullNames(ctx);
        if (byKey.Count == 0)
        {
            return;
        }

        var sharedByKey = new Dictionary<List<FullName>, bool>(ReferenceEqualityComparer.Instance);
        var pieces = ctx.Pieces;
        for (var k = 0; k < pieces.Count; k++)
        {
            var start = k;
            var name = pieces[k].Has(PieceFlags.Article) && k + 1 < pieces.Count && pieces[k + 1].Continues ? k + 1 : k;
            if (ctx.IsCovered(name) || ctx.IsCovered(start) || !pieces[name].Has(PieceFlags.Capitalised) || pieces[name].Has(PieceFlags.AllCaps))
            {
                continue;
            }

            // A surname stands alone: the next piece must not continue a longer capitalised name.
            if (name + 1 < pieces.Count && pieces[name + 1].Continues && pieces[name + 1].Has(PieceFlags.Capitalised) && !pieces[name].Has(PieceFlags.Possessive))
            {
                continue;
            }

            if (!TryFind(ctx, name, byKey, out var fulls))
            {
                continue;
            }

            // Full names are listed in text order: count those before by binary search (a long article repeats a surname thousands of times).
            var before = CountBefore(fulls, start);
            var chosen = before > 0 ? fulls[before - 1] : fulls[0];
            if (!sharedByKey.TryGetValue(fulls, out var shared))
            {
                sharedByKey[fulls] = shared = fulls.Select(f => f.Mention.ActorId).Distinct(StringComparer.Ordinal).Count() > 1;
            }

            if (shared && before == 0)
            {
                continue;
            }

            var m = chosen.Mention;
            // Two people of the document share the surname (Hillary and Chelsea Clinton): the nearest is a guess.
            var confidence = shared ? 0.5 : before > 0 ? 0.85 : 0.7;
            ctx.Add(new Candidate(start, name + 1, ctx.SpanOf(start, name + 1), m.ActorId, m.Name, ActorKind.Person,
                Math.Min(confidence, m.Confidence + 0.2), MentionRule.Surname, m.Actor));
            k = name;
        }
    }

    private static Dictionary<string, List<FullName>> CollectFullNames(MentionContext ctx)
    {
        var byKey = new Dictionary<string, List<FullName>>(StringComparer.Ordinal);
        foreach (var m in ctx.Mentions.OrderBy(m => m.FirstPiece))
        {
            // An unknown two-to-four-word name whose last word recurs alone is a person's name too.
            var unknownName = m.Actor < 0 && m.Kind == ActorKind.Unknown && CountNamePieces(ctx, m) is >= 2 and <= 4;
            if ((m.Kind != ActorKind.Person && !unknownName) || m.Rule is MentionRule.Surname or MentionRule.Title)
            {
                continue;
            }

            var nameKeys = new List<string>();
            if (m.Actor >= 0)
            {
                // Every surname of the curated person, not only the one written here.
                nameKeys.AddRange(ctx.Catalog.SurnamesOf[m.Actor]);
            }
            else if (CountNamePieces(ctx, m) >= 2)
            {
                nameKeys.Add(ctx.ExactKey(m.EndPiece - 1));
            }

            foreach (var key in nameKeys.Distinct(StringComparer.Ordinal))
            {
                Add(byKey, key, new FullName(m.FirstPiece, m));
                Add(byKey, "~" + NameKey.Transliterate(key), new FullName(m.FirstPiece, m));
            }
        }

        return byKey;
    }

    /// <summary>Looks the piece up by its exact key, then by "~" + its transliteration key, without allocating.</summary>
    private static bool TryFind(MentionContext ctx, int piece, Dictionary<string, List<FullName>> byKey, out List<FullName> fulls)
    {
        fulls = [];
        var s = ctx.TextOf(piece);
        if (s.Length > 62)
        {
            return false;
        }

        var lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[64];
        var n = NameKey.Exact(s, key);
        if (lookup.TryGetValue(key[..n], out var found))
        {
            fulls = found;
            return true;
        }

        Span<char> folded = stackalloc char[64];
        folded[0] = '~';
        var m = NameKey.Transliterate(key[..n], folded[1..]);
        if (lookup.TryGetValue(folded[..(m + 1)], out found))
        {
            fulls = found;
            return true;
        }

        return false;
    }

    private static int CountBefore(List<FullName> fulls, int piece) =>
        SortedSearch.LowerBound(fulls, fulls.Count, piece, static (list, i) => list[i].Piece);

    private static int CountNamePieces(MentionContext ctx, Candidate m)
    {
        var n = 0;
        for (var k = m.FirstPiece; k < m.EndPiece; k++)
        {
            n += ctx.Pieces[k].Has(PieceFlags.Article) ? 0 : 1;
        }

        return n;
    }

    private static void Add(Dictionary<string, List<FullName>> map, string key, FullName value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
