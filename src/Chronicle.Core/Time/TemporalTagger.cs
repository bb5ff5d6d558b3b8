using System.Collections.Immutable;
using Chronicle.Core.Model;
using Chronicle.Core.Segmenting;

namespace Chronicle.Core.Time;

/// <summary>
/// The temporal stage: finds temporal expressions sentence by sentence with the hand-written
/// <see cref="TimeGrammar"/> and normalises them TIMEX3-style with <see cref="TimeResolver"/> against
/// the article's publication time. Deterministic and allocation-light; no clock is ever read.
/// </summary>
public sealed class TemporalTagger : IAnnotator
{
    public string Name => "time";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Sentences.IsDefaultOrEmpty ? SentenceSegmenter.Split(article.Text) : article.Sentences;
        return article with { Times = Tag(article.Text, article.Article.Published, sentences) };
    }

    /// <summary>Tags <paramref name="text"/>, splitting it into sentences first.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, PublicationTime published) =>
        Tag(text, published, SentenceSegmenter.Split(text));

    /// <summary>Tags <paramref name="text"/> whose sentences are already known.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, PublicationTime published, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(published);
        var resolver = new TimeResolver(PublicationAnchor.From(published));
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var span = sentences[s].Span;
            var tokens = TimeTokenizer.Tokenize(text, span.Start, span.End);
            var grammar = new TimeGrammar(text, tokens);
            foreach (var match in grammar.MatchAll())
            {
                var m = match;
                var resolved = resolver.Resolve(
                    m,
                    () => TenseEstimator.Estimate(text, tokens, m.Start, m.End),
                    () => TenseEstimator.Estimate(text, tokens, m.Start, m.End, strict: true),
                    s);
                var mod = resolved.Mod ?? SignalMod(tokens, m.Start, resolved.Type);
                var textSpan = new TextSpan(tokens[m.Start].Start, tokens[m.End - 1].End);
                result.Add(new TimeExpression(textSpan, resolved.Type, new TimeValue(resolved.Value.Timex, mod), resolved.Confidence, resolved.Anchor));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The boundary a preposition puts on a date: "by September 2025" (on or before), "until", "before",
    /// "after", "since" (on or after). The preposition is a TimeML signal, outside the extent.
    /// </summary>
    private static TimexMod? SignalMod(TimeToken[] tokens, int start, TimexType type)
    {
        if (start == 0 || type is TimexType.Duration or TimexType.Set)
        {
            return null;
        }

        return tokens[start - 1].Lower switch
        {
            "by" or "until" or "till" => TimexMod.OnOrBefore,
            "before" => TimexMod.Before,
            "after" => TimexMod.After,
            "since" => TimexMod.OnOrAfter,
            _ => null,
        };
    }
}
