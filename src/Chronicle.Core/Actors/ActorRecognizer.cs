using System.Collections.Immutable;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Actors.Recognition;
using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors;

/// <summary>
/// The actors stage: finds people, states, armed groups, organisations, media and places in the clean
/// text and resolves each mention to a canonical actor of the curated file, or keeps it as an unknown
/// actor ("new:…"). Rules run in a fixed order, each on the pieces no earlier rule claimed, so mentions
/// never overlap: curated names and aliases → "the Iraqi government" → "Iraqi militias", "American troops" → multi-word unknown names →
/// surnames → one-word unknown names → acronyms defined in parentheses → "the coalition" for the one
/// body named earlier whose name ends so → role titles.
/// </summary>
public sealed class ActorRecognizer : IAnnotator
{
    private readonly ActorCatalog _catalog;

    /// <summary>Uses the actor file shipped next to the binaries (<see cref="ActorCatalog.DefaultPath"/>).</summary>
    public ActorRecognizer()
        : this(ActorCatalog.LoadDefault())
    {
    }

    public ActorRecognizer(ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    public string Name => "actors";

    public ActorCatalog Catalog => _catalog;

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article with { Actors = Recognize(article.Text, article.Article.Published) };
    }

    public ImmutableArray<ActorMention> Recognize(string text, PublicationTime published) =>
        [.. Run(text, published).Select(c => c.ToMention())];

    /// <summary>The mentions with the rule that produced each (for tests and explanations).</summary>
    public IReadOnlyList<(ActorMention Mention, MentionRule Rule)> Explain(string text, PublicationTime published) =>
        [.. Run(text, published).Select(c => (c.ToMention(), c.Rule))];

    private List<Candidate> Run(string text, PublicationTime published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(published);
        var pieces = PieceScanner.Scan(text);
        _catalog.Gazetteer.Resolve(text, pieces);
        var ctx = new MentionContext(text, pieces, _catalog, published);

        GazetteerPass.Run(ctx);
        DemonymGovernmentPass.Run(ctx);
        DemonymGroupPass.Run(ctx);

        var clusters = new UnknownClusters();
        var runs = UnknownNameFinder.Find(ctx);
        foreach (var run in runs.Where(r => r.NamePieces > 1))
        {
            if (run.Absorbs is { } absorbed)
            {
                ctx.Remove(absorbed);
            }

            clusters.Add(ctx, run);
        }

        SurnamePass.Run(ctx);
        foreach (var run in runs.Where(r => r.NamePieces == 1 && ctx.IsFree(r.First, r.End)))
        {
            clusters.Add(ctx, run);
        }

        AcronymPass.Run(ctx);
        HeadNounPass.Run(ctx);
        TitlePass.Run(ctx);
        UnknownClusters.UnifyKinds(ctx);

        var mentions = ctx.Mentions.OrderBy(m => m.Span.Start).ToList();
        return mentions;
    }
}
