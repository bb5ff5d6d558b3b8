using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core;

/// <summary>
/// The ordered, immutable chain of annotators (segment → time → actors → attribution → events).
/// Build one with <see cref="PipelineBuilder"/>; <see cref="CreateDefault"/> gives the standard chain.
/// </summary>
public sealed class Pipeline
{
    private readonly ImmutableArray<IAnnotator> _stages;

    internal Pipeline(ImmutableArray<IAnnotator> stages) => _stages = stages;

    public IReadOnlyList<IAnnotator> Stages => _stages;

    public AnnotatedArticle Run(Article article)
    {
        var doc = new AnnotatedArticle(article);
        foreach (var stage in _stages)
        {
            doc = stage.Annotate(doc);
        }

        return doc;
    }

    public static Pipeline CreateDefault() => PipelineBuilder.Default().Build();
}
