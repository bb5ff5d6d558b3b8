using System.Collections.Immutable;

namespace Chronicle.Core.Model;

/// <summary>
/// An article with the annotations the pipeline's stages have added so far. Immutable: each stage
/// returns a copy with its own layer filled (<c>doc with { Times = … }</c>).
/// </summary>
public sealed record AnnotatedArticle(Article Article)
{
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<TimeExpression> Times { get; init; } = [];
    public ImmutableArray<ActorMention> Actors { get; init; } = [];
    public ImmutableArray<Quote> Quotes { get; init; } = [];
    public ImmutableArray<EventMention> Events { get; init; } = [];
    public ImmutableArray<NumericClaim> Claims { get; init; } = [];
    public ImmutableArray<Commitment> Commitments { get; init; } = [];

    public string Text => Article.Text;
}
