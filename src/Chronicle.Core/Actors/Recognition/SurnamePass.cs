using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Surname-only mentions ("Yarallah", "Al-Hamidawi", "Amiri") resolve to a person the same document
/// names in full: a curated person (any of their multi-word names) or an unknown multi-word person
/// name. Spelling variants meet through transliteration keys. When two people share the surname, the
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

            var key = ctx.ExactKey(name);
            if (!byKey.TryGetValue(key, out var fulls) && !byKey.TryGetValue("~" + NameKey.Transliterate(key), out fulls))
            {
                continue;
            }

            var before = fulls.Where(f => f.Piece < start).ToList();
            var chosen = before.Count > 0 ? before[^1] : fulls[0];
            if (fulls.Select(f => f.Mention.ActorId).Distinct(StringComparer.Ordinal).Count() > 1 && before.Count == 0)
            {
                continue;
            }

            var m = chosen.Mention;
            var confidence = before.Count > 0 ? 0.85 : 0.7;
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
            if (m.Kind != ActorKind.Person || m.Rule is MentionRule.Surname or MentionRule.Title)
            {
                continue;
            }

            var nameKeys = new List<string>();
            if (m.Actor >= 0)
            {
                // Every surname of the curated person, not only the one written here.
                foreach (var alias in ctx.Catalog[m.Actor].Aliases.Prepend(ctx.Catalog[m.Actor].Name))
                {
                    if (Catalog.ActorCatalog.Surname(alias) is { } s)
                    {
                        nameKeys.Add(s);
                    }
                }
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
