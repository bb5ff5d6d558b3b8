using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// "the Iraqi government", "the American side", "the Iranian authorities" name the state itself.
/// A demonym before anything else ("Iraqi officials", "American troops") names people or forces of the
/// state, not the state: no mention (the attribution stage keeps such descriptions as written).
/// </summary>
internal static class DemonymGovernmentPass
{
    public static void Run(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        for (var k = 0; k + 1 < pieces.Count; k++)
        {
            if (ctx.IsCovered(k) || ctx.IsCovered(k + 1) || !pieces[k + 1].Continues || pieces[k + 1].Has(Text.PieceFlags.HyphenBefore))
            {
                continue;
            }

            var state = ctx.DemonymOf(k);
            if (state < 0 || !ctx.IsGovernmentNoun(k + 1))
            {
                continue;
            }

            var a = ctx.Catalog[state];
            ctx.Add(new Candidate(k, k + 2, ctx.SpanOf(k, k + 2), a.Id, a.Name, ActorKind.Government, 0.85, MentionRule.Government, state));
            k++;
        }
    }
}
