using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Gives unknown names their corpus-local ids ("new:abu hussein hamidawi"): the readable exact key of
/// the name, articles dropped. Spelling variants inside a document join the first one seen when their
/// transliteration keys agree ("Hadi al-Amiri" after "Hadi al-Ameri").
/// </summary>
internal sealed class UnknownClusters
{
    private readonly Dictionary<string, (string Id, string Name)> _byFold = new(StringComparer.Ordinal);

    public const string Prefix = "new:";

    public Candidate Add(MentionContext ctx, NameRun run)
    {
        var exact = new List<string>();
        var fold = new List<string>();
        for (var k = run.First; k < run.End; k++)
        {
            if (ctx.Pieces[k].Has(PieceFlags.Article))
            {
                continue;
            }

            var key = ctx.ExactKey(k);
            exact.Add(key);
            fold.Add(NameKey.Transliterate(key));
        }

        var foldKey = string.Join(' ', fold);
        if (!_byFold.TryGetValue(foldKey, out var cluster))
        {
            cluster = (Prefix + string.Join(' ', exact), ctx.SpanOf(run.First, run.End).Text(ctx.Text));
            _byFold[foldKey] = cluster;
        }

        var c = new Candidate(run.First, run.End, ctx.SpanOf(run.First, run.End), cluster.Id, cluster.Name, run.Kind, run.Confidence, MentionRule.Unknown, -1);
        ctx.Add(c);
        return c;
    }

    /// <summary>Every mention of one unknown actor gets the most telling kind any of its mentions found.</summary>
    public static void UnifyKinds(MentionContext ctx)
    {
        var kinds = new Dictionary<string, ActorKind>(StringComparer.Ordinal);
        foreach (var m in ctx.Mentions)
        {
            if (m.Actor < 0 && m.Kind != ActorKind.Unknown)
            {
                kinds.TryAdd(m.ActorId, m.Kind);
            }
        }

        foreach (var m in ctx.Mentions.ToList())
        {
            if (m.Actor < 0 && m.Kind == ActorKind.Unknown && kinds.TryGetValue(m.ActorId, out var kind))
            {
                ctx.Replace(m, m with { Kind = kind });
            }
        }
    }
}
