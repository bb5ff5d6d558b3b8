using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Definite role titles used as names: "the prime minister", "the Iraqi prime minister", "Iraq's
/// foreign minister", "the PM", "the president of Iran", "the Pentagon spokesman". A title right before
/// a name ("Prime Minister Mustafa al-Kadhimi") belongs to the name and makes no mention of its own; a
/// title after "former", "then-", "deputy" … is someone else's; a title without "the" or a possessive
/// qualifier is a description ("a prime minister"), not a reference.
/// </summary>
internal static class TitlePass
{
    public static void Run(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        for (var k = 0; k < pieces.Count; k++)
        {
            if (ctx.IsCovered(k))
            {
                continue;
            }

            var match = ctx.Catalog.Gazetteer.Longest(pieces, k, titles: true);
            if (match is not { } m)
            {
                continue;
            }

            var end = m.End;
            if (end < pieces.Count && pieces[end].Continues && pieces[end].Has(PieceFlags.Capitalised) && !pieces[end - 1].Has(PieceFlags.Possessive))
            {
                k = end - 1;
                continue;
            }

            var start = k;
            var qualifier = -1;
            var replaced = new List<Candidate>();
            var possessive = false;
            if (k > 0 && pieces[k].Continues)
            {
                if (ctx.OwnerOf(k - 1) is { Actor: >= 0, Rule: not MentionRule.Title } before && before.EndPiece == k && before.Kind != ActorKind.Person)
                {
                    qualifier = before.Actor;
                    start = before.FirstPiece;
                    possessive = pieces[k - 1].Has(PieceFlags.Possessive);
                    replaced.Add(before);
                }
                else if (!ctx.IsCovered(k - 1) && ctx.DemonymOf(k - 1) is var state and >= 0)
                {
                    qualifier = state;
                    start = k - 1;
                }
            }

            if (qualifier < 0 && end + 1 < pieces.Count && ctx.Is(end, "of") && ctx.OwnerOf(end + 1) is { Actor: >= 0 } after && after.FirstPiece == end + 1 && after.Kind != ActorKind.Person)
            {
                qualifier = after.Actor;
                replaced.Add(after);
                end = after.EndPiece;
            }

            var determiner = start - 1;
            if (determiner >= 0 && WordLists.Contains(WordLists.NotCurrent, ctx.TextOf(determiner)))
            {
                k = end - 1;
                continue;
            }

            if (!possessive && !(determiner >= 0 && ctx.Is(determiner, "the") && pieces[start].Continues))
            {
                k = end - 1;
                continue;
            }

            if (RoleResolver.Resolve(ctx, ctx.Catalog.TitleOfTarget(m.Entry.Target), qualifier) is { } resolved)
            {
                foreach (var r in replaced)
                {
                    ctx.Remove(r);
                }

                var a = ctx.Catalog[resolved.Actor];
                ctx.Add(new Candidate(start, end, ctx.SpanOf(start, end), a.Id, a.Name, ActorKind.Person, resolved.Confidence, MentionRule.Title, resolved.Actor));
            }

            k = end - 1;
        }
    }
}
