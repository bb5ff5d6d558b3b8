using Chronicle.Core.Actors.Text;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// "the Coordination Framework (CF)", "Arab World Press (AWP)": an all-caps word in parentheses right
/// after a mention defines an alias for this document. The defining occurrence and every later use of
/// the acronym resolve to that actor, replacing any weaker unknown reading.
/// </summary>
internal static class AcronymPass
{
    public static void Run(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        var text = ctx.Text;
        var defined = new Dictionary<string, (Candidate Owner, int From)>(StringComparer.Ordinal);
        foreach (var m in ctx.Mentions.OrderBy(m => m.FirstPiece).ToList())
        {
            var k = m.EndPiece;
            if (k >= pieces.Count || !pieces[k].Has(PieceFlags.AllCaps) || m.Rule == MentionRule.Acronym)
            {
                continue;
            }

            var gap = text.AsSpan(m.Span.End, pieces[k].Span.Start - m.Span.End).Trim();
            var close = pieces[k].Span.End;
            if (gap is not "(" || close >= text.Length || text[close] != ')')
            {
                continue;
            }

            defined.TryAdd(ctx.ExactKey(k), (m, k));
        }

        if (defined.Count == 0)
        {
            return;
        }

        for (var k = 0; k < pieces.Count; k++)
        {
            if (!pieces[k].Has(PieceFlags.AllCaps) || !defined.TryGetValue(ctx.ExactKey(k), out var def) || k < def.From)
            {
                continue;
            }

            var owner = ctx.OwnerOf(k);
            if (owner is not null && (owner.Rule != MentionRule.Unknown || owner.EndPiece - owner.FirstPiece > 1))
            {
                continue;
            }

            var replacement = new Candidate(k, k + 1, pieces[k].Span, def.Owner.ActorId, def.Owner.Name, def.Owner.Kind,
                Math.Min(0.85, def.Owner.Confidence), MentionRule.Acronym, def.Owner.Actor);
            if (owner is null)
            {
                ctx.Add(replacement);
            }
            else
            {
                ctx.Replace(owner, replacement);
            }
        }
    }
}
